import type { Logger } from "@cordon/observability";

interface ShutdownStep {
  name: string;
  deadlineMs: number;
  run: () => Promise<void>;
}

/**
 * Named shutdown steps run in the order they were added, each with a deadline
 * so one stuck dependency cannot hold the process forever. A second signal
 * while shutting down exits at once.
 */
export function createShutdown(logger: Logger, exit: (code: number) => never = process.exit) {
  const steps: ShutdownStep[] = [];
  let shuttingDown = false;

  async function runSteps(reason: string): Promise<never> {
    shuttingDown = true;
    logger.info({ reason }, "shutting down");
    let failed = false;
    for (const step of steps) {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<"deadline">((resolve) => {
        timer = setTimeout(() => resolve("deadline"), step.deadlineMs);
      });
      try {
        const result = await Promise.race([step.run().then(() => "done" as const), deadline]);
        if (result === "deadline") {
          failed = true;
          logger.error({ step: step.name, deadlineMs: step.deadlineMs }, "shutdown step missed its deadline");
        }
      } catch (error) {
        failed = true;
        logger.error({ step: step.name, err: error }, "shutdown step failed");
      } finally {
        clearTimeout(timer);
      }
    }
    logger.info({ clean: !failed }, "stopped");
    return exit(failed ? 1 : 0);
  }

  return {
    add(name: string, deadlineMs: number, run: () => Promise<void>): void {
      steps.push({ name, deadlineMs, run });
    },
    /** Runs the steps on SIGTERM/SIGINT; a second signal exits immediately. */
    listen(signals: readonly NodeJS.Signals[] = ["SIGTERM", "SIGINT"]): void {
      for (const signal of signals) {
        process.on(signal, () => {
          if (shuttingDown) {
            logger.warn({ signal }, "second signal: exiting now");
            exit(130);
          }
          void runSteps(signal);
        });
      }
    },
    run: runSteps,
  };
}
