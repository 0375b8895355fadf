// Lists the keys a zod object schema allows at a path in the plan, for "did you mean" hints.
import type { z } from 'zod';

type AnySchema = z.core.$ZodType;

export function allowedKeysAt(schema: AnySchema, path: ReadonlyArray<PropertyKey>): string[] {
  const keys = new Set<string>();
  for (const object of objectsAt(schema, path)) for (const key of Object.keys(object)) keys.add(key);
  return [...keys];
}

function objectsAt(schema: AnySchema, path: ReadonlyArray<PropertyKey>): Array<Record<string, AnySchema>> {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
      return objectsAt(def.innerType as AnySchema, path);
    case 'lazy':
      return objectsAt((def.getter as () => AnySchema)(), path);
    case 'union':
      return (def.options as AnySchema[]).flatMap((option) => objectsAt(option, path));
    case 'array':
      return path.length === 0 ? [] : objectsAt(def.element as AnySchema, path.slice(1));
    case 'object': {
      const shape = def.shape as Record<string, AnySchema>;
      if (path.length === 0) return [shape];
      const next = shape[String(path[0])];
      return next ? objectsAt(next, path.slice(1)) : [];
    }
    default:
      return [];
  }
}
