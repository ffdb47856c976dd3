import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runToCompletion } from "./process.ts";
import type { StackContext } from "./server.ts";

/** The local-kms release the stack builds, from the Go module proxy. Change it here only. */
export const localKmsModule = "github.com/nsmithuk/local-kms";
export const localKmsVersion = "v0.0.0-20260228092603-2a5e92d09ab6";

// local-kms's own main listens on ":" + PORT, every interface, and has no
// setting for the address. The stack binds to loopback only, so instead of
// `go install`-ing that main we build this small launcher: it imports
// local-kms's exported request handler and key store unchanged and only
// chooses where to listen. It also closes the key store on SIGTERM, so
// `stack down` leaves LevelDB flushed.
const launcherSource = `// Built by infra/local/kms-launcher.ts; not edited by hand.
package main

import (
	"context"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	localkms "${localKmsModule}/src"
	"${localKmsModule}/src/config"
	"${localKmsModule}/src/data"
)

func setting(name string) string {
	value := os.Getenv(name)
	if value == "" {
		log.Fatalf("%s must be set", name)
	}
	return value
}

func main() {
	config.AWSAccountId = setting("KMS_ACCOUNT_ID")
	config.AWSRegion = setting("KMS_REGION")
	dataPath, err := filepath.Abs(setting("KMS_DATA_PATH"))
	if err != nil {
		log.Fatal(err)
	}
	config.DatabasePath = dataPath
	database := data.NewDatabase(dataPath)

	listener, err := net.Listen("tcp", setting("KMS_LISTEN_ADDRESS"))
	if err != nil {
		log.Fatal(err)
	}
	server := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		localkms.HandleRequest(w, r, database)
	})}

	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGTERM, os.Interrupt)
	go func() {
		<-signals
		server.Shutdown(context.Background())
	}()

	log.Printf("local-kms ${localKmsVersion} on %s (account %s, region %s), keys in %s",
		listener.Addr(), config.AWSAccountId, config.AWSRegion, dataPath)
	if err := server.Serve(listener); err != http.ErrServerClosed {
		log.Fatal(err)
	}
	database.Close()
	log.Print("local-kms stopped")
}
`;

const launcherGoMod = `module cordon.local/kms-launcher

go 1.20

require ${localKmsModule} ${localKmsVersion}
`;

/** Changes whenever the pinned version or the launcher source does, so a stale binary is rebuilt. */
const buildId = createHash("sha256").update(launcherGoMod).update(launcherSource).digest("hex").slice(0, 16);

export function launcherBinary(ctx: StackContext): string {
  return path.join(ctx.paths.cacheDir, "bin", "local-kms-launcher");
}

/** Builds the launcher (and with it local-kms) unless the current build is already there. */
export async function buildLauncher(ctx: StackContext): Promise<void> {
  const binary = launcherBinary(ctx);
  const stampFile = `${binary}.build-id`;
  if (existsSync(binary) && readStamp(stampFile) === buildId) return;

  ctx.log(`kms: building local-kms ${localKmsVersion} with Go (first time only)`);
  const sourceDir = path.join(ctx.paths.cacheDir, "kms-launcher");
  mkdirSync(sourceDir, { recursive: true });
  writeFileSync(path.join(sourceDir, "go.mod"), launcherGoMod);
  writeFileSync(path.join(sourceDir, "main.go"), launcherSource);

  const logFile = ctx.paths.logFile("kms-build");
  const go = async (args: string[]) => {
    try {
      await runToCompletion("go", args, { cwd: sourceDir, logFile });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") {
        throw new Error(
          "local-kms is built from source and needs Go 1.20 or later on PATH (https://go.dev/dl/)",
        );
      }
      throw error;
    }
  };
  // tidy resolves local-kms's own dependencies through the module proxy and writes go.sum.
  await go(["mod", "tidy"]);
  await go(["build", "-buildvcs=false", "-trimpath", "-o", binary, "."]);
  writeFileSync(stampFile, `${buildId}\n`);
}

function readStamp(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    return undefined;
  }
}
