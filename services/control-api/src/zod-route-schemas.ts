import { HttpError } from "@cordon/http";
import type {
  FastifySchema,
  FastifySchemaCompiler,
  FastifySerializerCompiler,
  FastifyTypeProvider,
} from "fastify";
import { z } from "zod";

/**
 * Route schemas are written once, in zod. Fastify validates requests and
 * shapes responses with them (the compilers below), handlers get their types
 * from them (the type provider), and the OpenAPI document is generated from
 * them with zod's own `z.toJSONSchema` (the swagger transform).
 */
export interface ZodTypeProvider extends FastifyTypeProvider {
  validator: this["schema"] extends z.ZodType ? z.output<this["schema"]> : unknown;
  serializer: this["schema"] extends z.ZodType ? z.input<this["schema"]> : unknown;
}

/**
 * A refused request part answers 400 invalid_request naming the fields and
 * what was wrong with them. zod's messages state expectations, not the values
 * received, so nothing a caller sent is echoed.
 */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data: unknown) => {
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data };
    const problems = result.error.issues.map((issue) => ({
      field: [httpPart ?? "request", ...issue.path.map(String)].join("."),
      problem: issue.message,
    }));
    return {
      error: new HttpError(
        "invalid_request",
        problems.map((entry) => `${entry.field}: ${entry.problem}`).join("; "),
        { details: { problems } },
      ),
    };
  };

/**
 * Responses pass through their schema before they are written, so a field the
 * schema does not name (a secret hash selected by mistake) never leaves.
 */
export const zodSerializerCompiler: FastifySerializerCompiler<z.ZodType> =
  ({ schema }) =>
  (data: unknown) =>
    JSON.stringify(schema.parse(data));

function isZodSchema(value: unknown): value is z.ZodType {
  return value instanceof z.ZodType;
}

function toJsonSchema(schema: z.ZodType, io: "input" | "output"): Record<string, unknown> {
  const { $schema: _dialect, ...jsonSchema } = z.toJSONSchema(schema, { target: "openapi-3.0", io });
  return jsonSchema;
}

/** @fastify/swagger `transform`: the zod parts of a route schema as OpenAPI 3.0 schemas. */
export function openApiFromZod({ schema, url }: { schema: FastifySchema; url: string }): {
  schema: FastifySchema;
  url: string;
} {
  if (schema === undefined || schema === null) return { schema, url };
  const converted: Record<string, unknown> = { ...schema };
  for (const part of ["body", "querystring", "params", "headers"] as const) {
    const value = schema[part];
    if (isZodSchema(value)) converted[part] = toJsonSchema(value, "input");
  }
  if (schema.response !== undefined && typeof schema.response === "object" && schema.response !== null) {
    converted.response = Object.fromEntries(
      Object.entries(schema.response).map(([status, value]) => [
        status,
        isZodSchema(value) ? toJsonSchema(value, "output") : value,
      ]),
    );
  }
  return { schema: converted as FastifySchema, url };
}
