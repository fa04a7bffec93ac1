import type { ScenarioError } from '../../engine/scenario/errors.ts'
import type { ImportFinding } from '../../interop/sam/props.ts'
import { useAppStore } from '../store/useAppState.ts'
import { Modal } from './Modal.tsx'
import { showTransferReport } from './transfer.ts'
import type { TransferReport } from './transferReport.ts'

function Problems({ problems }: { problems: readonly ScenarioError[] }) {
  return (
    <ul className="transfer-list" data-testid="transfer-problems">
      {problems.map((problem) => (
        <li key={`${problem.path} ${problem.rule} ${problem.message}`}>
          <code>{problem.path}</code>: {problem.message} <span className="muted">({problem.rule})</span>
        </li>
      ))}
    </ul>
  )
}

function Findings({ findings }: { findings: readonly ImportFinding[] }) {
  return (
    <ul className="transfer-list" data-testid="transfer-findings">
      {findings.map((finding) => (
        <li key={`${finding.path} ${finding.message}`}><code>{finding.path}</code>: {finding.message}</li>
      ))}
    </ul>
  )
}

const titleOf = (report: TransferReport) => {
  switch (report.kind) {
    case 'refused': return `Not imported: ${report.source}`
    case 'imported': return `Imported "${report.name}" from ${report.source}`
    case 'exported': return `Exported ${report.fileName}`
  }
}

/** What an import, a share link or a SAM export did: every problem with its field and rule, everything left out. */
export default function TransferReportDialog({ report }: { report: TransferReport }) {
  const store = useAppStore()
  return (
    <Modal title={titleOf(report)} testId="transfer-report" onClose={() => showTransferReport(store, null)}>
      {report.kind === 'refused' && (
        <>
          <p>{report.problems.length === 1 ? 'It has a problem' : `It has ${report.problems.length} problems`}; your workspace is unchanged.</p>
          <Problems problems={report.problems} />
        </>
      )}
      {report.kind === 'imported' && (
        <>
          <p>It is open now, next to your other scenarios. Not imported:</p>
          <Findings findings={report.notImported} />
        </>
      )}
      {report.kind === 'exported' && (
        <>
          <p>A SAM template cannot carry everything a scenario holds. Not in the template:</p>
          <Findings findings={report.notExported} />
        </>
      )}
    </Modal>
  )
}
