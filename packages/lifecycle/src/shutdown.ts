import type { Logger } from "@cordon/observability";

interface ShutdownStep {
  name: string;
  deadlineMs: number;
  run: () => Promise<void>;
}

/**
 * Named steps run in order on SIGTERM/SIGINT, each given a deadline so one
 * stuck dependency cannot keep the process up forever. A second signal exits
 * at once. Register steps in the order things must stop: first what takes
 * new work (the HTTP server, the consumer), letting work in flight finish,
 * then the clients that work used.
 */
export class ShutdownRegistry {
  readonly #steps: ShutdownStep[] = [];
  readonly #logger: Logger;
  #running: Promise<void> | undefined;

  constructor(logger: Logger) {
    this.#logger = logger;
  }

  add(name: string, deadlineMs: number, run: () => Promise<void>): void {
    this.#steps.push({ name, deadlineMs, run });
  }

  /** Runs every step once, in order; later calls get the same run. */
  run(reason: string): Promise<void> {
    this.#running ??= this.#runSteps(reason);
    return this.#running;
  }

  listen(exit: (code: number) => never = process.exit, signals: NodeJS.EventEmitter = process): void {
    const onSignal = (signal: NodeJS.Signals) => {
      if (this.#running !== undefined) {
        this.#logger.warn({ signal }, "second signal: exiting without finishing shutdown");
        return exit(1);
      }
      void this.run(signal).then(() => exit(0));
    };
    signals.on("SIGTERM", onSignal);
    signals.on("SIGINT", onSignal);
  }

  async #runSteps(reason: string): Promise<void> {
    this.#logger.info({ reason }, "shutting down");
    for (const step of this.#steps) {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<"late">((resolve) => {
        timer = setTimeout(() => resolve("late"), step.deadlineMs);
      });
      try {
        const outcome = await Promise.race([step.run().then(() => "done" as const), deadline]);
        if (outcome === "late") {
          this.#logger.warn(
            { step: step.name, deadlineMs: step.deadlineMs },
            "shutdown step passed its deadline",
          );
        }
      } catch (error) {
        this.#logger.error({ step: step.name, err: error }, "shutdown step failed");
      } finally {
        clearTimeout(timer);
      }
    }
    this.#logger.info("shut down");
  }
}
