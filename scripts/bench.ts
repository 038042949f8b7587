/**
 * `npm run bench`: how long the pure work on the hot paths takes, printed as a table. Figures,
 * not assertions: compare them between changes on the same machine.
 *
 *   - the type check of an upload, from the first and last bytes of a 25 MB PDF;
 *   - the duplicate search of one report among 200 candidates (the registration query's cap);
 *   - verifying an audit chain of 1,000 entries (what `auditAction verifyChain` does);
 *   - rendering a notification in Ukrainian; checking a report against the shared schema;
 *   - the workflow's decision on an action.
 */
import { Bench } from 'tinybench';
import { sealAuditEntry, verifyAuditChain } from '../functions/src/domain/audit-chain.js';
import { renderTemplate } from '../functions/src/domain/mail/templates.js';
import {
  findDuplicates,
  type DuplicateCandidate,
} from '../functions/src/domain/reports/duplicates.js';
import type { AuditEntry } from '../functions/src/domain/schemas/audit.schema.js';
import { reportContentSchema } from '../functions/src/domain/schemas/report.schema.js';
import { checkReceivedFile } from '../functions/src/domain/uploads/check-file.js';
import { sampleOfBytes } from '../functions/src/domain/uploads/file-sample.js';
import { uploadLimits } from '../functions/src/domain/uploads/upload-limits.js';
import { reportWorkflow } from '../functions/src/domain/workflows/report.workflow.js';
import { transition } from '../functions/src/domain/workflows/workflow.js';
import { onePagePdf } from './demo/demo-files.js';

const limits = uploadLimits();
const bigPdf = Buffer.alloc(25 * 1024 * 1024 - 1024, 0x20);
onePagePdf(['Benchmark']).copy(bigPdf);
bigPdf.write('%%EOF\n', bigPdf.length - 6, 'latin1');

// Benchmark the path a real upload takes, not a refusal.
if (!checkReceivedFile({ originalName: 'Скарга.pdf', sample: sampleOfBytes(bigPdf) }, limits).ok) {
  throw new Error('The benchmark PDF is refused by the upload check');
}

const report: DuplicateCandidate = {
  reportId: 'new',
  orgId: 'org-new',
  status: 'submitted',
  regionCode: 'UA-30',
  incidentDate: '2026-11-03',
  violator: { kind: 'state_body', name: 'Головне управління Національної поліції у м. Києві' },
};
const violators = [
  'Київська міська рада',
  'Шевченківська районна адміністрація',
  'ДСНС у м. Києві',
];
const candidates: DuplicateCandidate[] = Array.from({ length: 200 }, (_, i) => ({
  reportId: `r${i}`,
  orgId: `org-${i % 17}`,
  status: 'registered',
  regionCode: 'UA-30',
  incidentDate: `2026-11-${String(1 + (i % 9)).padStart(2, '0')}`,
  violator: { kind: 'state_body', name: i % 10 === 0 ? report.violator.name : violators[i % 3]! },
}));

const chain: AuditEntry[] = [];
for (let i = 0; i < 1000; i++) {
  chain.push(
    await sealAuditEntry(
      {
        chain: 'report:bench',
        at: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString(),
        actor: { uid: 'demo-staff1', role: 'staff' },
        action: 'report.assigned',
        target: { type: 'report', id: 'bench' },
        details: { assignees: ['demo-coordinator-kyiv'] },
      },
      chain.at(-1) ?? null,
    ),
  );
}

const content = {
  title: 'Затримання активіста без протоколу і без адвоката',
  description:
    'Під час мирного пікету працівники поліції затримали активіста, шість годин не складали протокол і не допускали адвоката.',
  incidentDate: '2026-11-02',
  regionCode: 'UA-30',
  locality: 'Київ',
  violator: { kind: 'state_body', name: 'Головне управління Національної поліції у м. Києві' },
  rights: ['liberty', 'fair_trial', 'assembly'],
  area: 'restoration',
  victimsCount: 1,
  vulnerableGroups: { children: false, disabilities: false, deprivedOfLiberty: true },
  urgent: false,
  consentToPublish: true,
};

const bench = new Bench({ time: 500 });
bench
  .add('upload check: sample of a 25 MB PDF', () => {
    checkReceivedFile({ originalName: 'Скарга.pdf', sample: sampleOfBytes(bigPdf) }, limits);
  })
  .add('duplicates: 1 report against 200 candidates', () => {
    findDuplicates(report, candidates);
  })
  .add('audit: verify a chain of 1,000 entries', async () => {
    await verifyAuditChain(chain);
  })
  .add('mail: render «report.assigned» in Ukrainian', () => {
    renderTemplate(
      'report.assigned',
      {
        reportId: 'bench',
        number: 'ГО-2026-000123',
        title: content.title,
        regionCode: 'UA-30',
        deadline: '2026-12-02T21:59:59.000Z',
        urgent: false,
      },
      'uk',
      'https://spilno.example.org',
    );
  })
  .add('schema: check a whole report', () => {
    reportContentSchema.parse(content);
  })
  .add('workflow: may this coordinator start the review', () => {
    transition(
      reportWorkflow,
      { status: 'registered', ownerOrgIds: ['43900115'], regionCode: 'UA-30' },
      'startReview',
      { uid: 'demo-coordinator-kyiv', role: 'coordinator', regions: ['UA-30'] },
    );
  });

await bench.run();
console.log(`Spilno benchmarks, Node ${process.version}, ${new Date().toISOString()}`);
console.table(bench.table());
