import type { CompletedRegion } from '../config/completed-region.js';
import type { Lang } from '../i18n/types.js';
import { pick, t } from '../i18n/catalogue.js';
import type { AppConfig } from '../generated/app-config.types.js';

/**
 * Seed data for NovoSGA (open-source queue system, MIT), shaped like the JSON of its entities
 * (jsonSerialize of Servico, Departamento, Local, Prioridade, ServicoUnidade in novosga/novosga
 * src/Entity). NovoSGA has no import file: an operator posts these through its REST API or an
 * admin script. Ids are positions in the answers' order (NovoSGA uses integer identities), so the
 * files suit a fresh installation. Text lengths are cut to NovoSGA's column sizes.
 *
 * Mapping: an agency is a Departamento; a service is a Servico plus a ServicoUnidade whose `sigla`
 * is the agency's ticket prefix (so services of one agency share a prefix and NovoSGA numbers each
 * service on its own); counters are one Local kind, "Loket" (NovoSGA numbers counters per
 * attendant); the priority groups of UU 25/2009 Pasal 29 are Prioridade entries with weight 1.
 */
export const NOVOSGA_FILES = [
  'app/novosga/departamentos.json',
  'app/novosga/servicos.json',
  'app/novosga/servicos-unidade.json',
  'app/novosga/locais.json',
  'app/novosga/prioridades.json',
] as const;

/** NovoSGA's ServicoUnidade.tipo: 1 = normal and priority tickets (ATENDIMENTO_TODOS). */
const ATENDIMENTO_TODOS = 1;

/** Cuts a text to `max` characters (code points), ending with an ellipsis when cut. */
export function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function exportNovosga(region: CompletedRegion, appConfig: AppConfig, lang: Lang): Record<string, string> {
  const departmentId = new Map(region.agencies.map((a, i) => [a.id, i + 1]));
  const prefix = new Map(appConfig.queue.agencies.map((a) => [a.id, a.prefix]));
  const departamentos = region.agencies.map((agency, i) => ({
    id: i + 1,
    nome: cut(agency.shortName ?? agency.name, 64),
    descricao: cut(agency.name, 250),
    ativo: true,
  }));
  const servicos = region.services.map((service, i) => ({
    id: i + 1,
    nome: cut(service.name, 50),
    descricao: cut(service.name, 250),
    peso: 1,
    ativo: true,
    macro: null,
  }));
  const servicosUnidade = region.services.map((service, i) => ({
    servico: i + 1,
    departamento: departmentId.get(service.agency) ?? null,
    sigla: prefix.get(service.agency) ?? '',
    ativo: true,
    peso: 1,
    tipo: ATENDIMENTO_TODOS,
    incremento: 1,
    numeroInicial: 1,
    numeroFinal: null,
    maximo: null,
    mensagem: '',
  }));
  const locais = [{ id: 1, nome: cut(t(lang, 'appconfig.novosga.local'), 20) }];
  const prioridades = [
    { id: 1, nome: cut(t(lang, 'appconfig.novosga.normal'), 64), descricao: cut(t(lang, 'appconfig.novosga.normalDescription'), 100), peso: 0, cor: '#616161', ativo: true },
    ...appConfig.queue.priority.groups.map((group, i) => ({
      id: i + 2,
      nome: cut(pick(lang, group.label), 64),
      descricao: cut(t(lang, 'appconfig.novosga.priorityDescription'), 100),
      peso: 1,
      cor: '#c62828',
      ativo: true,
    })),
  ];
  return {
    'app/novosga/departamentos.json': json(departamentos),
    'app/novosga/servicos.json': json(servicos),
    'app/novosga/servicos-unidade.json': json(servicosUnidade),
    'app/novosga/locais.json': json(locais),
    'app/novosga/prioridades.json': json(prioridades),
  };
}
