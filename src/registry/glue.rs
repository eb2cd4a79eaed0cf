//! The AWS Glue Schema Registry, through the AWS SDK with the same settings
//! (profile, region, credential chain, endpoint overrides) as the MSK
//! commands. Records carry a schema *version* UUID, which GetSchemaVersion
//! resolves without knowing the registry; the registry name still scopes
//! what is shown.

use std::time::Duration;

use anyhow::anyhow;

use super::{FetchedSchema, SchemaType};
use crate::msk::aws::{sdk_config, AwsSettings};

#[derive(Debug, Clone)]
pub struct GlueClient {
    registry: String,
    client: aws_sdk_glue::Client,
}

impl GlueClient {
    pub async fn connect(registry: &str, aws: &AwsSettings, timeout: Duration) -> GlueClient {
        let config = sdk_config(aws, timeout).await;
        GlueClient {
            registry: registry.to_owned(),
            client: aws_sdk_glue::Client::new(&config),
        }
    }

    pub fn registry(&self) -> &str {
        &self.registry
    }

    /// The schema version a Glue-framed record names.
    pub async fn schema_version(&self, version_id: &str) -> anyhow::Result<FetchedSchema> {
        let out = self
            .client
            .get_schema_version()
            .schema_version_id(version_id)
            .send()
            .await
            .map_err(|e| {
                anyhow!(
                    "Glue GetSchemaVersion {version_id}: {}",
                    aws_sdk_glue::error::DisplayErrorContext(&e)
                )
            })?;
        let text = out
            .schema_definition()
            .ok_or_else(|| anyhow!("Glue returned no definition for schema version {version_id}"))?
            .to_owned();
        let schema_type = SchemaType::parse(out.data_format().map(|f| f.as_str()))
            .map_err(|e| anyhow!("schema version {version_id}: {e}"))?;
        // arn:aws:glue:REGION:ACCOUNT:schema/REGISTRY/SCHEMA
        let subject = out
            .schema_arn()
            .and_then(|arn| arn.rsplit('/').next())
            .map(str::to_owned);
        Ok(FetchedSchema {
            schema_type,
            text,
            subject,
            version: out.version_number(),
        })
    }
}
