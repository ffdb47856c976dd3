import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { heapPressureShare, mustRelievePressure, readHeap } from "./memory-pressure.ts";

const mib = 1024 * 1024;
const roomyHeap = { used: 100 * mib, limit: 1024 * mib };
const fullHeap = { used: 1024 * mib * heapPressureShare + 1, limit: 1024 * mib };

describe("mustRelievePressure", () => {
  it("pauses when the buffers hold more than their bound, whatever the heap", () => {
    assert.equal(mustRelievePressure(129 * mib, 128 * mib, roomyHeap), true);
    assert.equal(mustRelievePressure(128 * mib, 128 * mib, roomyHeap), false);
  });

  it("pauses when the heap nears its limit while the buffers hold a quarter of their bound or more", () => {
    assert.equal(mustRelievePressure(32 * mib, 128 * mib, fullHeap), true);
    assert.equal(mustRelievePressure(100 * mib, 128 * mib, fullHeap), true);
  });

  it("does not cut files short for a full heap when the buffers hold too little to free", () => {
    assert.equal(mustRelievePressure(32 * mib - 1, 128 * mib, fullHeap), false);
    assert.equal(mustRelievePressure(0, 128 * mib, fullHeap), false);
  });

  it("leaves a roomy heap with buffers under their bound alone", () => {
    assert.equal(mustRelievePressure(100 * mib, 128 * mib, roomyHeap), false);
  });

  it("reads this process's heap: some bytes in use, under a positive limit", () => {
    const heap = readHeap();
    assert.ok(heap.used > 0 && heap.limit > heap.used);
  });
});
