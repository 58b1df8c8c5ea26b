import { describe, expect, it } from "vitest";
import { storedVersions, type StoredEntity } from "./versions";

const entity = (id: string, type: number, created_at: string) => ({ id, type, created_at, size: 1 }) as StoredEntity;

describe("storedVersions", () => {
  it("keeps only content versions, newest first", () => {
    const list = [
      entity("a", 0, "2024-01-01T00:00:00Z"),
      entity("thumb", 1, "2024-06-01T00:00:00Z"),
      entity("c", 0, "2024-03-01T00:00:00Z"),
      entity("b", 0, "2024-02-01T00:00:00Z"),
    ];
    expect(storedVersions(list).map((e) => e.id)).toEqual(["c", "b", "a"]);
  });

  it("is empty when the server sent no entities", () => {
    expect(storedVersions(undefined)).toEqual([]);
  });
});
