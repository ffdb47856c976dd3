import { getHeapStatistics } from "node:v8";

/** The V8 heap as the valve reads it: bytes in use (live and not yet collected) and the limit. */
export interface HeapReading {
  used: number;
  limit: number;
}

export function readHeap(): HeapReading {
  const { used_heap_size, heap_size_limit } = getHeapStatistics();
  return { used: used_heap_size, limit: heap_size_limit };
}

/** Share of the heap limit above which buffers are written out before more is fetched. */
export const heapPressureShare = 0.7;

/**
 * Whether consumption must pause until every buffer is written. Two bounds:
 * the buffered plaintext (`MAX_BUFFER_BYTES`, an estimate of what the rows
 * hold), and the heap itself, which is what the estimate stands for: rows,
 * classifications and files being built cost several times their JSON, and
 * how many times depends on the data. Near the heap limit the buffers are
 * written out rather than trusting V8 to collect in time, which would end
 * in the process dying of an out-of-memory error, every restart the same.
 * The heap bound acts only while the buffers hold at least a quarter of
 * their bound: with less, writing them frees too little to matter, and a
 * heap full of garbage not yet collected would otherwise cut file after
 * file short.
 */
export function mustRelievePressure(
  bufferedBytes: number,
  maxBufferBytes: number,
  heap: HeapReading,
): boolean {
  if (bufferedBytes > maxBufferBytes) return true;
  return bufferedBytes >= maxBufferBytes / 4 && heap.used > heap.limit * heapPressureShare;
}
