"""
Checks SAM templates offline with AWS's own tools, as installed on this machine:

- what `sam validate` runs: the AWS SAM translator (aws-sam-translator) turning the template into
  CloudFormation, after pointing local CodeUri paths at a placeholder S3 URI as the CLI does;
- what `sam validate --lint` runs: cfn-lint, which translates the template again and checks the
  result against CloudFormation's resource schemas and its own rules.

Usage: python3 sam_validate.py [--ignore RULE ...] TEMPLATE ...
Prints one JSON object: { template path: { "translator": [message, ...], "lint": [{rule, line, message}, ...] } }.
"""
import json
import sys

from boto3.session import Session
from cfnlint.api import ManualArgs, lint_by_config
from cfnlint.decode.cfn_yaml import loads
from samtranslator.parser.parser import Parser
from samtranslator.public.exceptions import InvalidDocumentException
from samtranslator.translator.translator import Translator

REGION = "us-east-1"


def with_s3_code(template):
    """The SAM CLI replaces a local CodeUri by an S3 URI before translating; the translator refuses local paths."""
    for resource in (template.get("Resources") or {}).values():
        properties = resource.get("Properties") or {}
        code = properties.get("CodeUri")
        if resource.get("Type") == "AWS::Serverless::Function" and isinstance(code, str) and not code.startswith("s3://"):
            properties["CodeUri"] = "s3://bucket/value"
    return template


def translator_errors(text):
    try:
        # cfn-lint's reader, like the SAM CLI's, understands CloudFormation's short tags (!Ref, !GetAtt).
        template = with_s3_code(loads(text))
        # No managed policy names are used by exported templates, so the IAM lookup is never needed.
        Translator(None, Parser(), [], Session(region_name=REGION)).translate(
            template, parameter_values={}, get_managed_policy_map=lambda: {}
        )
        return []
    except InvalidDocumentException as error:
        return [str(cause) for cause in error.causes] or [str(error)]


def lint_findings(paths, ignored):
    """cfn-lint over all templates in one run (its rules load once), by template."""
    found = {path: [] for path in paths}
    for match in lint_by_config(ManualArgs(templates=list(paths), regions=[REGION], ignore_checks=ignored)):
        found.setdefault(match.filename, []).append({"rule": match.rule.id, "line": match.linenumber, "message": match.message})
    return found


def main(argv):
    ignored = []
    paths = []
    args = iter(argv)
    for arg in args:
        if arg == "--ignore":
            ignored.append(next(args))
        else:
            paths.append(arg)
    lint_by_path = lint_findings(paths, ignored)
    report = {}
    for path in paths:
        with open(path, encoding="utf-8") as file:
            report[path] = {"translator": translator_errors(file.read()), "lint": lint_by_path.get(path, [])}
    json.dump(report, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
