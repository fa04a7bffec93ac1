import { describe, expect, it } from 'vitest'
import { readTemplate, type Template } from '../template.ts'
import { templateReferenceProblems } from './templateReferences.ts'

function template(text: string): Template {
  const read = readTemplate(text)
  if (!read.ok) throw new Error(read.message)
  return read.template
}

describe('checking a template’s logical IDs and references without AWS tools', () => {
  it('accepts references to resources, parameters and pseudo parameters, with attributes their types return', () => {
    expect(templateReferenceProblems(template(`
Parameters: { Stage: { Type: String } }
Resources:
  Jobs: { Type: AWS::SQS::Queue }
  Fn: { Type: AWS::Serverless::Function, Properties: { Environment: { Variables: { Q: !GetAtt Jobs.Arn, S: !Ref Stage, R: !Ref AWS::Region } } } }
  V1: { Type: AWS::Lambda::Version, Properties: { FunctionName: !Ref Fn } }
  Live: { Type: AWS::Lambda::Alias, Properties: { FunctionName: !Ref Fn, FunctionVersion: !GetAtt V1.Version } }
`))).toEqual([])
  })

  it('names each logical ID that is not alphanumeric, each dangling reference and each attribute the type does not return', () => {
    expect(templateReferenceProblems(template(`
Resources:
  orders-queue: { Type: AWS::SQS::Queue }
  Fn: { Type: AWS::Serverless::Function, Properties: { Events: { E: { Properties: { Queue: !GetAtt OrdersQueue.Arn } } }, Layers: [!Ref Shared] } }
  Topic: { Type: AWS::SNS::Topic }
  Sub: { Type: AWS::SNS::Subscription, Properties: { TopicArn: !GetAtt Topic.Arn } }
`))).toEqual([
      'Resources.orders-queue: a logical ID is alphanumeric (A-Za-z0-9)',
      'Resources.Fn.Properties.Events.E.Properties.Queue: Fn::GetAtt OrdersQueue names no resource',
      'Resources.Fn.Properties.Layers[0]: Ref Shared names no resource or parameter',
      'Resources.Sub.Properties.TopicArn: AWS::SNS::Topic has no attribute Arn',
    ])
  })
})
