/**
 * Produces and consumes the same records with kafkajs (the client behind
 * Cordon's EventLog) and with @platformatic/kafka, alternately, on the same
 * broker and topic shape, and prints records/s of wall time and records per
 * CPU second of this process (the fairer figure on a shared host). Producers
 * are configured as the gateway's is: idempotent, acks=all; each send carries
 * `perSend` records and `inFlight` sends are outstanding, for both clients.
 * Started by run.mjs under Node 22.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { loadavg } from "node:os";
import { Consumer, Producer } from "@platformatic/kafka";
import { Kafka, logLevel } from "kafkajs";

const brokers = (process.env.KAFKA_BROKERS ?? "127.0.0.1:29092").split(",");
const records = Number(process.env.KAFKA_CLIENTS_RECORDS ?? 200_000);
const recordBytes = Number(process.env.KAFKA_CLIENTS_RECORD_BYTES ?? 9_000);
const rounds = Number(process.env.KAFKA_CLIENTS_ROUNDS ?? 2);
const partitions = 6;
const perSend = 50;
const inFlight = 8;
const runId = randomUUID().slice(0, 8);

const kafka = new Kafka({ clientId: "cordon-bench-kafkajs", brokers, logLevel: logLevel.NOTHING });
const admin = kafka.admin();
await admin.connect();

// A pool of distinct values, so nothing is sent twice from one buffer by accident of the pool size.
const values = Array.from({ length: 256 }, () => randomBytes(recordBytes));
const keys = Array.from({ length: 64 }, () => Buffer.from(randomUUID()));
const messageAt = (index) => ({ key: keys[index % keys.length], value: values[index % values.length] });

/** Creates a topic and waits until every partition has a leader (a new topic takes a moment on a busy broker). */
async function createTopic(topic) {
  await admin.createTopics({ topics: [{ topic, numPartitions: partitions }], waitForLeaders: false });
  for (let attempt = 0; attempt < 300; attempt++) {
    const ready = await admin
      .fetchTopicMetadata({ topics: [topic] })
      .then(
        ({ topics }) =>
          topics[0]?.partitions.filter((partition) => partition.leader >= 0).length === partitions,
      )
      .catch(() => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`topic ${topic} has no leaders after 30 s`);
}

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");

async function timed(work) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await work();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { seconds, cpuSeconds: (used.user + used.system) / 1e6 };
}

/** Sends `records` records as `inFlight` concurrent sends of `perSend` records each. */
async function produceAll(send) {
  let next = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < records) {
        const first = next;
        next = Math.min(records, next + perSend);
        const messages = [];
        for (let index = first; index < next; index++) messages.push(messageAt(index));
        await send(messages);
      }
    }),
  );
}

const clients = {
  async kafkajs(topic) {
    const producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
    });
    await producer.connect();
    const produced = await timed(() =>
      produceAll((messages) => producer.send({ topic, messages, acks: -1 })),
    );
    await producer.disconnect();
    const consumer = kafka.consumer({ groupId: `bench-${runId}-${topic}`, allowAutoTopicCreation: false });
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    let seen = 0;
    const consumed = await timed(
      () =>
        new Promise((resolve, reject) => {
          consumer
            .run({
              autoCommit: false,
              eachBatch: async ({ batch }) => {
                seen += batch.messages.length;
                if (seen >= records) resolve();
              },
            })
            .catch(reject);
        }),
    );
    await consumer.disconnect();
    return { produced, consumed };
  },

  async platformatic(topic) {
    const producer = new Producer({
      clientId: "cordon-bench-platformatic",
      bootstrapBrokers: brokers,
      idempotent: true,
      acks: -1,
      autocreateTopics: false,
    });
    const produced = await timed(() =>
      produceAll((messages) =>
        producer.send({ messages: messages.map((message) => ({ ...message, topic })) }),
      ),
    );
    await producer.close();
    const consumer = new Consumer({
      clientId: "cordon-bench-platformatic",
      groupId: `bench-${runId}-${topic}`,
      bootstrapBrokers: brokers,
    });
    let seen = 0;
    const consumed = await timed(async () => {
      const stream = await consumer.consume({ topics: [topic], mode: "earliest", autocommit: false });
      await new Promise((resolve, reject) => {
        stream.on("error", reject);
        stream.on("data", () => {
          seen += 1;
          if (seen >= records) resolve();
        });
      });
      await stream.close();
    });
    await consumer.close(true);
    return { produced, consumed };
  },
};

console.log(
  `Kafka clients on Node ${process.version}: ${records} records of ${recordBytes} B, ${partitions} partitions, ` +
    `idempotent acks=all, ${perSend} records per send × ${inFlight} sends in flight; load average ${load()} at start`,
);
const rows = [];
for (let round = 1; round <= rounds; round++) {
  for (const name of ["kafkajs", "platformatic"]) {
    const topic = `bench.kafka-clients.${runId}.${name}.${round}`;
    await createTopic(topic);
    const { produced, consumed } = await clients[name](topic);
    await admin.deleteTopics({ topics: [topic] }).catch(() => {});
    const mib = (records * recordBytes) / 1024 / 1024;
    rows.push({
      client: name === "platformatic" ? "@platformatic/kafka 2.12.1" : "kafkajs 2.2.4",
      round,
      "produce rec/s": Math.round(records / produced.seconds),
      "produce MiB/s": Number((mib / produced.seconds).toFixed(1)),
      "produce rec/CPU-s": Math.round(records / produced.cpuSeconds),
      "consume rec/s": Math.round(records / consumed.seconds),
      "consume rec/CPU-s": Math.round(records / consumed.cpuSeconds),
      "load average": load(),
    });
    console.table(rows.slice(-1));
  }
}
await admin.disconnect();
console.log("\nsummary");
console.table(rows);
