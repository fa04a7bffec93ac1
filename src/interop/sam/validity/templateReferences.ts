/**
 * The checks of a template that need no AWS tool, so they run everywhere: every logical ID is
 * alphanumeric, and every `Ref` and `Fn::GetAtt` names a resource of the template (or a
 * parameter, or a pseudo parameter) and, for `GetAtt`, an attribute that resource type returns.
 * Logical IDs: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resources-section-structure.html
 * Attributes: each type's "Return values" in https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-template-resource-type-ref.html
 * and, for SAM's function, https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html
 */
import type { Template } from '../template.ts'

/** `Fn::GetAtt` attributes of the resource types the export writes. */
const ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  'AWS::Serverless::Function': ['Arn'],
  'AWS::Lambda::Version': ['Version', 'FunctionArn'],
  'AWS::Lambda::Alias': ['AliasArn'],
  'AWS::SQS::Queue': ['Arn', 'QueueName', 'QueueUrl'],
  'AWS::SNS::Topic': ['TopicArn', 'TopicName'],
  'AWS::S3::Bucket': ['Arn', 'DomainName', 'DualStackDomainName', 'RegionalDomainName', 'WebsiteURL'],
  'AWS::DynamoDB::Table': ['Arn', 'StreamArn'],
  'AWS::Kinesis::Stream': ['Arn'],
  'AWS::Events::EventBus': ['Arn', 'Name'],
  'AWS::Events::Rule': ['Arn'],
  'AWS::Serverless::Api': ['RootResourceId'],
  'AWS::Serverless::HttpApi': ['ApiEndpoint'],
}

const LOGICAL_ID = /^[A-Za-z0-9]+$/

/** Every problem found, each naming where (`Resources.X.Properties.Y`) and what. */
export function templateReferenceProblems(template: Template): string[] {
  const problems: string[] = []
  const parameters = new Set(Object.keys(template.Parameters ?? {}))
  const typeOf = (id: string) => template.Resources[id]?.Type
  const visit = (value: unknown, at: string): void => {
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${at}[${i}]`))
    if (typeof value !== 'object' || value === null) return
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'Ref' && typeof inner === 'string') {
        if (!inner.startsWith('AWS::') && !parameters.has(inner) && typeOf(inner) === undefined) problems.push(`${at}: Ref ${inner} names no resource or parameter`)
      } else if (key === 'Fn::GetAtt') {
        const [id, attribute] = (typeof inner === 'string' ? inner.split('.') : inner) as [unknown, unknown]
        const type = typeof id === 'string' ? typeOf(id) : undefined
        if (type === undefined) problems.push(`${at}: Fn::GetAtt ${String(id)} names no resource`)
        else if (!ATTRIBUTES[type]?.includes(String(attribute))) problems.push(`${at}: ${type} has no attribute ${String(attribute)}`)
      } else visit(inner, `${at}.${key}`)
    }
  }
  for (const [id, resource] of Object.entries(template.Resources)) {
    if (!LOGICAL_ID.test(id)) problems.push(`Resources.${id}: a logical ID is alphanumeric (A-Za-z0-9)`)
    visit(resource.Properties, `Resources.${id}.Properties`)
  }
  return problems
}
