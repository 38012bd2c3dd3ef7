import { describe, expect, it } from '@jest/globals'
import { templateLocator, type Locate } from '../../src/core/template-lines.js'

const YAML = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Env: { Type: String }
Resources:
  AssetsBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub '\${AWS::StackName}-assets'
      Tags:
        - { Key: team, Value: web }
        - Key: env
          Value: !Ref Env
  "Jobs/Queue":
    Type: AWS::SQS::Queue
    Properties: { VisibilityTimeout: 90000 }
`

const JSON_TEMPLATE = `{
  "Resources": {
    "AssetsBucket": {
      "Type": "AWS::S3::Bucket",
      "Properties": {
        "BucketName": { "Fn::Sub": "\${AWS::StackName}-assets" }
      }
    },
    "JobsQueue": { "Type": "AWS::SQS::Queue" }
  }
}`

describe('templateLocator', () => {
  it('finds a logical id in a YAML template with short-form tags', () => {
    const locate = templateLocator(YAML) as Locate
    expect(locate({ logicalId: 'AssetsBucket' })).toEqual({ line: 5, column: 3 })
    expect(locate({ logicalId: 'Jobs/Queue' })).toEqual({ line: 13, column: 3 })
  })

  it('follows a template path (JSON pointer) down to the deepest node it reaches', () => {
    const locate = templateLocator(YAML) as Locate
    expect(locate({ path: '/Resources/AssetsBucket/Properties/BucketName' })).toEqual({ line: 8, column: 7 })
    expect(locate({ path: '/Resources/AssetsBucket/Properties/Tags/1/Value' })).toEqual({ line: 12, column: 11 })
    expect(locate({ path: '/Resources/Jobs~1Queue/Properties/VisibilityTimeout' })).toEqual({ line: 15, column: 19 })
    // Past what the template has: the deepest node found.
    expect(locate({ path: '/Resources/AssetsBucket/Properties/Nope/Deeper' })).toEqual({ line: 7, column: 5 })
  })

  it('finds the same places in a JSON template', () => {
    const locate = templateLocator(JSON_TEMPLATE) as Locate
    expect(locate({ logicalId: 'JobsQueue' })).toEqual({ line: 9, column: 5 })
    expect(locate({ path: '/Resources/AssetsBucket/Properties/BucketName' })).toEqual({ line: 6, column: 9 })
  })

  it('gives no position for a resource the template does not have, nor for nothing at all', () => {
    const locate = templateLocator(YAML) as Locate
    expect(locate({ logicalId: 'Missing' })).toBeUndefined()
    expect(locate({ path: '/Resources/Missing/Properties/X' })).toBeUndefined()
    expect(locate({})).toBeUndefined()
  })

  it('refuses text that is neither YAML nor JSON, and YAML that is not a mapping', () => {
    expect(templateLocator('Resources: [unclosed')).toMatch(/^not valid YAML or JSON: /)
    expect(templateLocator('Description: a: b\n')).toMatch(/^not valid YAML or JSON: /)
    expect(templateLocator('- just\n- a list\n')).toBe(
      'a template is a mapping (AWSTemplateFormatVersion, Resources, ...)'
    )
  })
})
