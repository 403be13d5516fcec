// The machine a bench ran on, printed with every result (ratios are only comparable on one machine).
import { cpus, loadavg, release, totalmem, type } from 'node:os';

export function machineInfo() {
  const list = cpus();
  return {
    cpus: list.length,
    model: list[0]?.model?.trim() ?? 'unknown',
    node: process.version,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    loadAverage: loadavg().map((l) => Number(l.toFixed(2))),
  };
}

export const machineLine = (m) => `${m.cpus} CPUs (${m.model}), ${m.memoryGiB} GiB, node ${m.node}, ${m.os}, load average at start ${m.loadAverage.join(' / ')}`;
