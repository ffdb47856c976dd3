/**
 * The database login of each service (migrations/0008_service_logins.sql),
 * and the variable that carries its URL in `.cordon/env` and in each
 * service's environment.
 */
export const serviceLogins = {
  gateway: { role: "cordon_gateway", urlVariable: "DATABASE_GATEWAY_URL" },
  pipeline: { role: "cordon_pipeline", urlVariable: "DATABASE_PIPELINE_URL" },
  control: { role: "cordon_control", urlVariable: "DATABASE_CONTROL_URL" },
  exporter: { role: "cordon_exporter", urlVariable: "DATABASE_EXPORTER_URL" },
  lifecycle: { role: "cordon_lifecycle", urlVariable: "DATABASE_LIFECYCLE_URL" },
} as const;

export type ServiceLogin = keyof typeof serviceLogins;
