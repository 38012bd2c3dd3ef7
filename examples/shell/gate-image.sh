#!/usr/bin/env bash
# Build an image with an Image Builder pipeline and gate it, from any CI system or a terminal: the script's exit
# code is the gate's (0 pass or warn, 1 fail, timeout, error or cancelled, 2 a wrong command line).
#
#   IMAGE_PIPELINE_ARN=arn:aws:imagebuilder:us-east-1:123456789012:image-pipeline/web-ami ./gate-image.sh
#
# Needs the AWS CLI, Node 20 or later, and credentials in the environment (a profile, SSO, web identity).
set -euo pipefail

: "${IMAGE_PIPELINE_ARN:?set IMAGE_PIPELINE_ARN to the image pipeline to run}"
export AWS_REGION="${AWS_REGION:-us-east-1}"
image_gate=(npx --yes github:OWNER/image-gate#v1)

arn=$(aws imagebuilder start-image-pipeline-execution --image-pipeline-arn "$IMAGE_PIPELINE_ARN" \
  --query imageBuildVersionArn --output text)
echo "building $arn"

status=0
"${image_gate[@]}" wait \
  --image-build-version-arn "$arn" \
  --policy "${POLICY:-image-gate.yml}" \
  --timeout 2h \
  --lifecycle disable-on-fail \
  --summary-path image-gate-summary.md || status=$?

case $status in
  0) echo "the gate passed $arn" ;;
  1) echo "the gate did not pass $arn: see image-gate-summary.md and image-gate-report.json" >&2 ;;
  *) echo "image-gate could not run (exit code $status)" >&2 ;;
esac
exit "$status"
