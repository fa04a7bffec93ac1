/** S3's key filter as templates write it (`Filter.S3Key.Rules`, in SAM events and CloudFormation buckets alike) in the S3 API's shape (`Key.FilterRules`). */
import type { S3KeyFilter } from '../../engine/scenario/types.ts'

export function s3KeyFilter(filter: unknown): S3KeyFilter | undefined {
  const rules = (filter as { S3Key?: { Rules?: { Name?: string; Value?: string }[] } } | undefined)?.S3Key?.Rules
  if (!Array.isArray(rules)) return undefined
  return {
    Key: {
      FilterRules: rules.flatMap((r) => {
        const name = r.Name?.toLowerCase()
        return (name === 'prefix' || name === 'suffix') && typeof r.Value === 'string' ? [{ Name: name, Value: r.Value }] : []
      }),
    },
  }
}
