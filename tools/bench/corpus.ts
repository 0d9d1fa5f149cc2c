import fs from 'node:fs';
import path from 'node:path';

// The 25 districts (Stadtbezirke) of Munich and a few kinds of service point: a variant of a
// service reads like the same service as offered in another part of the city.
const DISTRICTS = [
  'Altstadt-Lehel',
  'Ludwigsvorstadt-Isarvorstadt',
  'Maxvorstadt',
  'Schwabing-West',
  'Au-Haidhausen',
  'Sendling',
  'Sendling-Westpark',
  'Schwanthalerhöhe',
  'Neuhausen-Nymphenburg',
  'Moosach',
  'Milbertshofen-Am Hart',
  'Schwabing-Freimann',
  'Bogenhausen',
  'Berg am Laim',
  'Trudering-Riem',
  'Ramersdorf-Perlach',
  'Obergiesing-Fasangarten',
  'Untergiesing-Harlaching',
  'Thalkirchen-Obersendling',
  'Hadern',
  'Pasing-Obermenzing',
  'Aubing-Lochhausen-Langwied',
  'Allach-Untermenzing',
  'Feldmoching-Hasenbergl',
  'Laim',
];
const SERVICE_POINTS = ['Bürgerbüro', 'Außenstelle', 'Servicestelle', 'Sprechstunde', 'Beratungsstelle', 'Stadtteilbüro', 'Infopunkt'];
// lcm(25, 7): below this many variants per service, (district, service point) pairs never repeat.
const MAX_VARIANTS_PER_SERVICE = 175;

type Json = Record<string, unknown>;

/** The Munich DLDB sample as parsed JSON, in the shape DldbImportService.run() takes. */
export interface DldbFiles {
  services: { data: Json[] };
  locations: unknown;
}

/** Reads services_de.json and locations_de.json of the Munich sample. */
export function readMunichSample(dataDir: string): DldbFiles {
  const services = JSON.parse(fs.readFileSync(path.join(dataDir, 'services_de.json'), 'utf8')) as unknown;
  const locations = JSON.parse(fs.readFileSync(path.join(dataDir, 'locations_de.json'), 'utf8')) as unknown;
  const data = isObject(services) && Array.isArray(services.data) ? services.data.filter(isObject) : [];
  if (data.length === 0) throw new Error('services_de.json holds no services');
  return { services: { data }, locations };
}

/**
 * `size` distinct services derived from the sample: each variant gets its own id, a title with
 * a district and a kind of service point, the description's later blocks shuffled (the first
 * stays: it becomes the short answer) and a closing paragraph naming the district.
 */
export function buildVariantCorpus(sample: DldbFiles, size: number, seed = 20261125): DldbFiles {
  const base = sample.services.data;
  if (size > base.length * MAX_VARIANTS_PER_SERVICE) throw new Error(`at most ${base.length * MAX_VARIANTS_PER_SERVICE} variants`);
  const random = mulberry32(seed);
  const data: Json[] = [];
  for (let i = 0; i < size; i += 1) {
    const serviceIndex = i % base.length;
    const variant = Math.floor(i / base.length);
    data.push(variantOf(base[serviceIndex], serviceIndex, variant, random));
  }
  return { services: { data }, locations: sample.locations };
}

function variantOf(service: Json, serviceIndex: number, variant: number, random: () => number): Json {
  const district = DISTRICTS[(serviceIndex + variant) % DISTRICTS.length];
  const point = SERVICE_POINTS[variant % SERVICE_POINTS.length];
  const meta = isObject(service.meta) ? service.meta : {};
  const keywords = typeof meta.keywords === 'string' ? meta.keywords : '';
  return {
    ...service,
    id: `${String(service.id)}-v${variant}`,
    name: `${String(service.name)} – ${point} ${district}`,
    description: shuffledDescription(typeof service.description === 'string' ? service.description : '', district, point, random),
    meta: { ...meta, keywords: [keywords, district, point].filter(Boolean).join(', ') },
  };
}

function shuffledDescription(html: string, district: string, point: string, random: () => number): string {
  const [first = '', ...rest] = html.split(/\n(?=<(?:p|ul|ol|h[1-6]|div|table)\b)/);
  for (let i = rest.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [rest[i], rest[j]] = [rest[j], rest[i]];
  }
  const note = `<p>Gilt für: ${point} im Stadtbezirk ${district}. Bitte bringen Sie alle Unterlagen zum Termin mit.</p>`;
  return [first, ...rest, note].filter(Boolean).join('\n');
}

// A small seeded generator: the corpus is the same on every run and machine.
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
