import { Counter, type Registry } from "@cordon/observability";

export interface ControlApiMetrics {
  requests: Counter<"method" | "route" | "status">;
  authDenied: Counter<"code">;
}

export function createControlApiMetrics(registry: Registry): ControlApiMetrics {
  return {
    requests: new Counter({
      name: "cordon_control_api_requests_total",
      help: "HTTP requests answered, by route template and status",
      labelNames: ["method", "route", "status"],
      registers: [registry],
    }),
    // A burst of these is a signal for security; the audit signals alert on it.
    authDenied: new Counter({
      name: "cordon_control_api_auth_denied_total",
      help: "requests refused for a missing or bad token (401) or a role that may not (403)",
      labelNames: ["code"],
      registers: [registry],
    }),
  };
}
