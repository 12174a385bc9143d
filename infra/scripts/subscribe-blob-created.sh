#!/usr/bin/env bash
# Subscribes the function app's blob trigger to BlobCreated events of the articles container. Runs after the
# code is deployed (the azd postdeploy hook in azure.yaml): the Event Grid webhook is authenticated by the blob
# extension's system key, which exists only once the deployed app has started. Safe to run again: it creates
# or updates the one subscription.
#
# Reads the azd environment (the outputs of infra/main.bicep); run by hand, export them first
# (`eval "$(azd env get-values)"`). Needs the Azure CLI, signed in (`az login`).
set -euo pipefail

: "${AZURE_RESOURCE_GROUP:?is not set: run through azd, or export the outputs of infra/main.bicep}"
: "${AZURE_FUNCTION_APP_NAME:?is not set: run through azd, or export the outputs of infra/main.bicep}"
: "${AZURE_EVENTGRID_SYSTEM_TOPIC_NAME:?is not set: run through azd, or export the outputs of infra/main.bicep}"
: "${ARTICLES_CONTAINER_NAME:?is not set: run through azd, or export the outputs of infra/main.bicep}"

# The blob-triggered function the webhook invokes: the [Function] name of IngestArticle in src/Pipeline.Functions
# (tests/Pipeline.Deployment.Tests fails if the two part ways).
function_name=IngestArticle
subscription_name=article-created

command -v az >/dev/null 2>&1 || { echo "The Azure CLI (az) is required: see docs/deploy.md." >&2; exit 1; }

host=$(az functionapp show --resource-group "$AZURE_RESOURCE_GROUP" --name "$AZURE_FUNCTION_APP_NAME" \
  --query defaultHostName --output tsv)

# Flex Consumption scales to zero; a request starts the host, which creates its system keys on first start.
if command -v curl >/dev/null 2>&1; then
  curl --silent --output /dev/null --max-time 60 "https://$host/api/health" || true
fi

key=""
for attempt in $(seq 1 30); do
  key=$(az functionapp keys list --resource-group "$AZURE_RESOURCE_GROUP" --name "$AZURE_FUNCTION_APP_NAME" \
    --query "systemKeys.blobs_extension" --output tsv 2>/dev/null || true)
  if [ -n "$key" ]; then
    break
  fi
  echo "Waiting for the function app's blobs_extension key ($attempt/30)..."
  sleep 10
done
if [ -z "$key" ]; then
  echo "The function app has no blobs_extension key yet; once it has started, run $0 again." >&2
  exit 1
fi

# The key is a secret: it goes into the subscription (Event Grid stores the endpoint encrypted), never to the log.
endpoint="https://$host/runtime/webhooks/blobs?functionName=Host.Functions.$function_name&code=$key"

# Only the APIs that finish writing a blob: PutBlob (single-shot upload), PutBlockList (block upload commit),
# FlushWithClose (Data Lake file write); not the intermediate PutBlock or Data Lake appends.
az eventgrid system-topic event-subscription create \
  --resource-group "$AZURE_RESOURCE_GROUP" \
  --system-topic-name "$AZURE_EVENTGRID_SYSTEM_TOPIC_NAME" \
  --name "$subscription_name" \
  --endpoint-type webhook \
  --endpoint "$endpoint" \
  --event-delivery-schema eventgridschema \
  --included-event-types Microsoft.Storage.BlobCreated \
  --subject-begins-with "/blobServices/default/containers/$ARTICLES_CONTAINER_NAME/blobs/" \
  --advanced-filter data.api StringIn PutBlob PutBlockList FlushWithClose \
  --max-delivery-attempts 30 \
  --event-ttl 1440 \
  --output none

echo "Event Grid now delivers BlobCreated events of the '$ARTICLES_CONTAINER_NAME' container to $function_name."
