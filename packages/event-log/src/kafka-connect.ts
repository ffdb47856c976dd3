/** Connects a kafkajs client once; a failed connect is forgotten so the next call tries again. */
export function connectOrForget<T extends { connect(): Promise<void> }>(
  client: T,
  forget: () => void,
): Promise<T> {
  return client.connect().then(
    () => client,
    (error: unknown) => {
      forget();
      throw error;
    },
  );
}

/** `promise`, or `onTimeout` if it has not settled within `timeoutMs`. */
export function withTimeout<T>(promise: Promise<T>, timeoutMs: number, onTimeout: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(onTimeout), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
