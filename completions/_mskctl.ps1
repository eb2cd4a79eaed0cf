
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'mskctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'mskctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'mskctl' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Manage contexts (connection profiles) in $XDG_CONFIG_HOME/mskctl/config.yaml')
            [CompletionResult]::new('topic', 'topic', [CompletionResultType]::ParameterValue, 'List, describe, create, alter, delete and check topics')
            [CompletionResult]::new('retention', 'retention', [CompletionResultType]::ParameterValue, 'Read and change topic retention; purge old records')
            [CompletionResult]::new('broker', 'broker', [CompletionResultType]::ParameterValue, 'Inspect and drain brokers')
            [CompletionResult]::new('partition', 'partition', [CompletionResultType]::ParameterValue, 'Partition snapshots, reassignment (plan, execute, verify) and leader election')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'Consumer groups: list, describe, lag, reset offsets, delete')
            [CompletionResult]::new('acl', 'acl', [CompletionResultType]::ParameterValue, 'List, create and delete ACLs')
            [CompletionResult]::new('quota', 'quota', [CompletionResultType]::ParameterValue, 'Client quotas: list, set, delete (per user, client id, or both)')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'SCRAM users of self-managed Kafka: list, set, delete')
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Amazon MSK clusters: describe, bootstrap brokers, scale, storage, broker type, configurations')
            [CompletionResult]::new('schema-registry', 'schema-registry', [CompletionResultType]::ParameterValue, 'Schema registry subjects: list, get, check compatibility (CI gate), register')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check manifests offline (no cluster contacted): schema, types, duplicates')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show what `apply` would change to make the cluster match the manifests')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what `apply` would change to make the cluster match the manifests')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the cluster match the manifests (or apply a saved plan exactly)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print live topics as manifests (only non-default configs)')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of every manifest kind (for editors)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;config' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get-contexts', 'get-contexts', [CompletionResultType]::ParameterValue, 'List the contexts; the current one is marked with *')
            [CompletionResult]::new('current-context', 'current-context', [CompletionResultType]::ParameterValue, 'Print the name of the current context')
            [CompletionResult]::new('use-context', 'use-context', [CompletionResultType]::ParameterValue, 'Make NAME the current context')
            [CompletionResult]::new('set-context', 'set-context', [CompletionResultType]::ParameterValue, 'Create or update a context from the connection flags')
            [CompletionResult]::new('delete-context', 'delete-context', [CompletionResultType]::ParameterValue, 'Delete a context')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Print the configuration file with secrets redacted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;config;get-contexts' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;config;current-context' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;config;use-context' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;config;set-context' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--current', '--current', [CompletionResultType]::ParameterName, 'Also make it the current context')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;config;delete-context' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;config;view' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;config;help' {
            [CompletionResult]::new('get-contexts', 'get-contexts', [CompletionResultType]::ParameterValue, 'List the contexts; the current one is marked with *')
            [CompletionResult]::new('current-context', 'current-context', [CompletionResultType]::ParameterValue, 'Print the name of the current context')
            [CompletionResult]::new('use-context', 'use-context', [CompletionResultType]::ParameterValue, 'Make NAME the current context')
            [CompletionResult]::new('set-context', 'set-context', [CompletionResultType]::ParameterValue, 'Create or update a context from the connection flags')
            [CompletionResult]::new('delete-context', 'delete-context', [CompletionResultType]::ParameterValue, 'Delete a context')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Print the configuration file with secrets redacted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;config;help;get-contexts' {
            break
        }
        'mskctl;config;help;current-context' {
            break
        }
        'mskctl;config;help;use-context' {
            break
        }
        'mskctl;config;help;set-context' {
            break
        }
        'mskctl;config;help;delete-context' {
            break
        }
        'mskctl;config;help;view' {
            break
        }
        'mskctl;config;help;help' {
            break
        }
        'mskctl;topic' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List topics')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show a topic''s partitions (leader, replicas, ISR) and its non-default configs')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a topic')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete topics (destructive: asks on a terminal, needs --yes otherwise)')
            [CompletionResult]::new('alter', 'alter', [CompletionResultType]::ParameterValue, 'Increase a topic''s partition count (partitions can never be removed; keys move, so it asks or needs --yes)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and change topic configs (incrementally: other keys are never touched)')
            [CompletionResult]::new('tail', 'tail', [CompletionResultType]::ParameterValue, 'Print records from a topic (key, value, partition, offset, timestamp, headers)')
            [CompletionResult]::new('produce', 'produce', [CompletionResultType]::ParameterValue, 'Write records to a topic: one per stdin line, or --value')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Report under-replicated, offline and under-min-ISR partitions (exit 4 when any)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;topic;list' {
            [CompletionResult]::new('--pattern', '--pattern', [CompletionResultType]::ParameterName, 'Only topics whose name matches this regular expression')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'Include internal topics (__consumer_offsets, ...)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;topic;describe' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;topic;create' {
            [CompletionResult]::new('--partitions', '--partitions', [CompletionResultType]::ParameterName, 'partitions')
            [CompletionResult]::new('--replication-factor', '--replication-factor', [CompletionResultType]::ParameterName, 'replication-factor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Topic config, repeatable')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'Succeed without changes when the topic already exists')
            [CompletionResult]::new('--validate-only', '--validate-only', [CompletionResultType]::ParameterName, 'Ask the cluster to validate the request without creating anything')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;topic;delete' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--allow-data-loss', '--allow-data-loss', [CompletionResultType]::ParameterName, 'Delete topics that hold records or are consumed by a group (otherwise refused)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;topic;alter' {
            [CompletionResult]::new('--partitions', '--partitions', [CompletionResultType]::ParameterName, 'partitions')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;topic;config' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a topic''s non-default configs (all configs with --all)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set topic configs (a change that can lose data asks, or needs --yes)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove topic configs (they return to the cluster default)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;topic;config;get' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include configs at their default value')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;topic;config;set' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;topic;config;delete' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;topic;config;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a topic''s non-default configs (all configs with --all)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set topic configs (a change that can lose data asks, or needs --yes)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove topic configs (they return to the cluster default)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;topic;config;help;get' {
            break
        }
        'mskctl;topic;config;help;set' {
            break
        }
        'mskctl;topic;config;help;delete' {
            break
        }
        'mskctl;topic;config;help;help' {
            break
        }
        'mskctl;topic;tail' {
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Only this partition')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Start at this offset; negative counts back from the end (-10: the last 10)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Start at the first record at or after this time: RFC 3339 or a duration ago (15m, 2h, 7d)')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Stop after this many records in total')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Consumer group to commit the read positions to (nothing is committed without it)')
            [CompletionResult]::new('--decode', '--decode', [CompletionResultType]::ParameterName, 'Decode registry-framed keys and values to JSON (default: auto when a schema registry is configured)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--from-beginning', '--from-beginning', [CompletionResultType]::ParameterName, 'Start at each partition''s earliest record')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Keep waiting for new records (until Ctrl-C or --max)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;topic;produce' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Record key (the same for every record)')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Write to this partition instead of the key''s (or a random) one')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Record header, repeatable')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'Write this one record instead of reading stdin')
            [CompletionResult]::new('--acks', '--acks', [CompletionResultType]::ParameterName, 'Acknowledgement required: all (every in-sync replica), 1 (the leader) or 0 (none)')
            [CompletionResult]::new('--value-subject', '--value-subject', [CompletionResultType]::ParameterName, 'Encode each line (a JSON value) with this subject''s schema, registry-framed')
            [CompletionResult]::new('--key-subject', '--key-subject', [CompletionResultType]::ParameterName, 'Encode --key (a JSON value) with this subject''s schema, registry-framed')
            [CompletionResult]::new('--schema-version', '--schema-version', [CompletionResultType]::ParameterName, 'Which version of the subjects'' schemas to write with')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;topic;health' {
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Only topics whose name matches this regular expression')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;topic;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List topics')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show a topic''s partitions (leader, replicas, ISR) and its non-default configs')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a topic')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete topics (destructive: asks on a terminal, needs --yes otherwise)')
            [CompletionResult]::new('alter', 'alter', [CompletionResultType]::ParameterValue, 'Increase a topic''s partition count (partitions can never be removed; keys move, so it asks or needs --yes)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and change topic configs (incrementally: other keys are never touched)')
            [CompletionResult]::new('tail', 'tail', [CompletionResultType]::ParameterValue, 'Print records from a topic (key, value, partition, offset, timestamp, headers)')
            [CompletionResult]::new('produce', 'produce', [CompletionResultType]::ParameterValue, 'Write records to a topic: one per stdin line, or --value')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Report under-replicated, offline and under-min-ISR partitions (exit 4 when any)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;topic;help;list' {
            break
        }
        'mskctl;topic;help;describe' {
            break
        }
        'mskctl;topic;help;create' {
            break
        }
        'mskctl;topic;help;delete' {
            break
        }
        'mskctl;topic;help;alter' {
            break
        }
        'mskctl;topic;help;config' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a topic''s non-default configs (all configs with --all)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set topic configs (a change that can lose data asks, or needs --yes)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove topic configs (they return to the cluster default)')
            break
        }
        'mskctl;topic;help;config;get' {
            break
        }
        'mskctl;topic;help;config;set' {
            break
        }
        'mskctl;topic;help;config;delete' {
            break
        }
        'mskctl;topic;help;tail' {
            break
        }
        'mskctl;topic;help;produce' {
            break
        }
        'mskctl;topic;help;health' {
            break
        }
        'mskctl;topic;help;help' {
            break
        }
        'mskctl;retention' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show retention by time and size, in human units and raw')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change retention; lowering it deletes data, so it is confirmed (or --yes)')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Delete records before an offset or a time (destructive) with DeleteRecords')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;retention;get' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;retention;set' {
            [CompletionResult]::new('--time', '--time', [CompletionResultType]::ParameterName, 'retention.ms, e.g. 7d, 36h, infinite')
            [CompletionResult]::new('--bytes', '--bytes', [CompletionResultType]::ParameterName, 'retention.bytes (per partition), e.g. 50GiB, infinite')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;retention;purge' {
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Only this partition (default: all)')
            [CompletionResult]::new('--before-offset', '--before-offset', [CompletionResultType]::ParameterName, 'Delete records below this offset')
            [CompletionResult]::new('--before', '--before', [CompletionResultType]::ParameterName, 'Delete records older than this time (RFC 3339)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;retention;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show retention by time and size, in human units and raw')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change retention; lowering it deletes data, so it is confirmed (or --yes)')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Delete records before an offset or a time (destructive) with DeleteRecords')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;retention;help;get' {
            break
        }
        'mskctl;retention;help;set' {
            break
        }
        'mskctl;retention;help;purge' {
            break
        }
        'mskctl;retention;help;help' {
            break
        }
        'mskctl;broker' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List brokers: id, address, rack, and which is the controller')
            [CompletionResult]::new('drain', 'drain', [CompletionResultType]::ParameterValue, 'Move every replica off the given brokers (plan + execute), e.g. before removing them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;broker;list' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;broker;drain' {
            [CompletionResult]::new('--balance', '--balance', [CompletionResultType]::ParameterName, 'Primary goal (default: bytes when every partition''s size is known, else replicas)')
            [CompletionResult]::new('--max-bytes', '--max-bytes', [CompletionResultType]::ParameterName, 'At most this many bytes moved (e.g. 500GiB); whole partitions, like --max-moves')
            [CompletionResult]::new('--capacity', '--capacity', [CompletionResultType]::ParameterName, 'Disk capacity of each broker (a snapshot''s capacity_bytes wins), e.g. 1TiB')
            [CompletionResult]::new('--max-fill', '--max-fill', [CompletionResultType]::ParameterName, 'Refuse plans that fill a broker''s capacity above this')
            [CompletionResult]::new('--throttle', '--throttle', [CompletionResultType]::ParameterName, 'Replication throttle while moving, bytes per second (e.g. 50MB/s, 100MiB)')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Submit this many partition moves at a time, waiting for each batch')
            [CompletionResult]::new('--rollback-out', '--rollback-out', [CompletionResultType]::ParameterName, 'Where to write the rollback plan (default: reassign-rollback-<time>.json)')
            [CompletionResult]::new('--max-concurrent-per-broker', '--max-concurrent-per-broker', [CompletionResultType]::ParameterName, 'At most N replicas arriving on one broker per batch (each batch waited for)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for completion with progress, then verify and remove throttles')
            [CompletionResult]::new('--additional', '--additional', [CompletionResultType]::ParameterName, 'Start even while other reassignments are in progress (their throttled replicas are kept)')
            [CompletionResult]::new('--pause-rebalancing', '--pause-rebalancing', [CompletionResultType]::ParameterName, 'On an MSK Express cluster with intelligent rebalancing ACTIVE: pause it for this move and resume it afterwards (needs --wait)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;broker;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List brokers: id, address, rack, and which is the controller')
            [CompletionResult]::new('drain', 'drain', [CompletionResultType]::ParameterValue, 'Move every replica off the given brokers (plan + execute), e.g. before removing them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;broker;help;list' {
            break
        }
        'mskctl;broker;help;drain' {
            break
        }
        'mskctl;broker;help;help' {
            break
        }
        'mskctl;partition' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('snapshot', 'snapshot', [CompletionResultType]::ParameterValue, 'Write a cluster snapshot (brokers with racks, partitions with replicas and sizes) as JSON')
            [CompletionResult]::new('reassign', 'reassign', [CompletionResultType]::ParameterValue, 'Plan, execute, watch, verify and cancel partition reassignments')
            [CompletionResult]::new('throttle', 'throttle', [CompletionResultType]::ParameterValue, 'List or clear replication throttles (broker rates, topic replica lists)')
            [CompletionResult]::new('elect-leaders', 'elect-leaders', [CompletionResultType]::ParameterValue, 'Elect leaders: preferred (safe) or unclean (may lose data)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;partition;snapshot' {
            [CompletionResult]::new('--topics', '--topics', [CompletionResultType]::ParameterName, 'Only topics matching this regular expression')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;partition;reassign' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Plan a minimal-movement reassignment (Kafka''s reassignment JSON with -o json)')
            [CompletionResult]::new('execute', 'execute', [CompletionResultType]::ParameterValue, 'Execute a reassignment plan: rollback file first, throttles, batches, progress')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Reassignments in progress, with target and current replicas')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Compare the cluster with a plan; remove the throttles once nothing is moving')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel the plan''s reassignments in progress (replicas return to where they were)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;partition;reassign;plan' {
            [CompletionResult]::new('--snapshot', '--snapshot', [CompletionResultType]::ParameterName, 'Plan from a snapshot file instead of the live cluster')
            [CompletionResult]::new('--drain-brokers', '--drain-brokers', [CompletionResultType]::ParameterName, 'Brokers to empty')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Only these brokers may hold replicas (default: all but drained)')
            [CompletionResult]::new('--topics', '--topics', [CompletionResultType]::ParameterName, 'Only move partitions of topics matching this regular expression')
            [CompletionResult]::new('--replication-factor', '--replication-factor', [CompletionResultType]::ParameterName, 'Change the replication factor of the selected topics')
            [CompletionResult]::new('--max-moves', '--max-moves', [CompletionResultType]::ParameterName, 'At most this many replica moves')
            [CompletionResult]::new('--balance', '--balance', [CompletionResultType]::ParameterName, 'Primary goal (default: bytes when every partition''s size is known, else replicas)')
            [CompletionResult]::new('--max-bytes', '--max-bytes', [CompletionResultType]::ParameterName, 'At most this many bytes moved (e.g. 500GiB); whole partitions, like --max-moves')
            [CompletionResult]::new('--capacity', '--capacity', [CompletionResultType]::ParameterName, 'Disk capacity of each broker (a snapshot''s capacity_bytes wins), e.g. 1TiB')
            [CompletionResult]::new('--max-fill', '--max-fill', [CompletionResultType]::ParameterName, 'Refuse plans that fill a broker''s capacity above this')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;partition;reassign;execute' {
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'plan')
            [CompletionResult]::new('--throttle', '--throttle', [CompletionResultType]::ParameterName, 'Replication throttle while moving, bytes per second (e.g. 50MB/s, 100MiB)')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Submit this many partition moves at a time, waiting for each batch')
            [CompletionResult]::new('--rollback-out', '--rollback-out', [CompletionResultType]::ParameterName, 'Where to write the rollback plan (default: reassign-rollback-<time>.json)')
            [CompletionResult]::new('--max-concurrent-per-broker', '--max-concurrent-per-broker', [CompletionResultType]::ParameterName, 'At most N replicas arriving on one broker per batch (each batch waited for)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--allow-replication-factor-change', '--allow-replication-factor-change', [CompletionResultType]::ParameterName, 'Accept a plan that changes replication factors')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for completion with progress, then verify and remove throttles')
            [CompletionResult]::new('--additional', '--additional', [CompletionResultType]::ParameterName, 'Start even while other reassignments are in progress (their throttled replicas are kept)')
            [CompletionResult]::new('--pause-rebalancing', '--pause-rebalancing', [CompletionResultType]::ParameterName, 'On an MSK Express cluster with intelligent rebalancing ACTIVE: pause it for this move and resume it afterwards (needs --wait)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;partition;reassign;status' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;partition;reassign;verify' {
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'plan')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--preserve-throttles', '--preserve-throttles', [CompletionResultType]::ParameterName, 'Leave the replication throttles in place')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;partition;reassign;cancel' {
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Cancel only this plan''s partitions')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Cancel every reassignment in progress in the cluster')
            [CompletionResult]::new('--preserve-throttles', '--preserve-throttles', [CompletionResultType]::ParameterName, 'Leave the replication throttles in place')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;partition;reassign;help' {
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Plan a minimal-movement reassignment (Kafka''s reassignment JSON with -o json)')
            [CompletionResult]::new('execute', 'execute', [CompletionResultType]::ParameterValue, 'Execute a reassignment plan: rollback file first, throttles, batches, progress')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Reassignments in progress, with target and current replicas')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Compare the cluster with a plan; remove the throttles once nothing is moving')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel the plan''s reassignments in progress (replicas return to where they were)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;partition;reassign;help;plan' {
            break
        }
        'mskctl;partition;reassign;help;execute' {
            break
        }
        'mskctl;partition;reassign;help;status' {
            break
        }
        'mskctl;partition;reassign;help;verify' {
            break
        }
        'mskctl;partition;reassign;help;cancel' {
            break
        }
        'mskctl;partition;reassign;help;help' {
            break
        }
        'mskctl;partition;throttle' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Replication throttles set on brokers (rates) and topics (throttled replicas)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove replication throttles (shown first; asks, or --yes)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;partition;throttle;list' {
            [CompletionResult]::new('--broker', '--broker', [CompletionResultType]::ParameterName, 'Only these brokers'' rates (comma-separated ids)')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Only the replica lists of topics matching this regular expression')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;partition;throttle;clear' {
            [CompletionResult]::new('--broker', '--broker', [CompletionResultType]::ParameterName, 'Only these brokers'' rates (comma-separated ids)')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Only the replica lists of topics matching this regular expression')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;partition;throttle;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Replication throttles set on brokers (rates) and topics (throttled replicas)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove replication throttles (shown first; asks, or --yes)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;partition;throttle;help;list' {
            break
        }
        'mskctl;partition;throttle;help;clear' {
            break
        }
        'mskctl;partition;throttle;help;help' {
            break
        }
        'mskctl;partition;elect-leaders' {
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'topic')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'partition')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--preferred', '--preferred', [CompletionResultType]::ParameterName, 'Move leadership back to each partition''s first (preferred) replica')
            [CompletionResult]::new('--unclean', '--unclean', [CompletionResultType]::ParameterName, 'Elect an out-of-sync replica when no in-sync one is available (destructive)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every partition of the cluster')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;partition;help' {
            [CompletionResult]::new('snapshot', 'snapshot', [CompletionResultType]::ParameterValue, 'Write a cluster snapshot (brokers with racks, partitions with replicas and sizes) as JSON')
            [CompletionResult]::new('reassign', 'reassign', [CompletionResultType]::ParameterValue, 'Plan, execute, watch, verify and cancel partition reassignments')
            [CompletionResult]::new('throttle', 'throttle', [CompletionResultType]::ParameterValue, 'List or clear replication throttles (broker rates, topic replica lists)')
            [CompletionResult]::new('elect-leaders', 'elect-leaders', [CompletionResultType]::ParameterValue, 'Elect leaders: preferred (safe) or unclean (may lose data)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;partition;help;snapshot' {
            break
        }
        'mskctl;partition;help;reassign' {
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Plan a minimal-movement reassignment (Kafka''s reassignment JSON with -o json)')
            [CompletionResult]::new('execute', 'execute', [CompletionResultType]::ParameterValue, 'Execute a reassignment plan: rollback file first, throttles, batches, progress')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Reassignments in progress, with target and current replicas')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Compare the cluster with a plan; remove the throttles once nothing is moving')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel the plan''s reassignments in progress (replicas return to where they were)')
            break
        }
        'mskctl;partition;help;reassign;plan' {
            break
        }
        'mskctl;partition;help;reassign;execute' {
            break
        }
        'mskctl;partition;help;reassign;status' {
            break
        }
        'mskctl;partition;help;reassign;verify' {
            break
        }
        'mskctl;partition;help;reassign;cancel' {
            break
        }
        'mskctl;partition;help;throttle' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Replication throttles set on brokers (rates) and topics (throttled replicas)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove replication throttles (shown first; asks, or --yes)')
            break
        }
        'mskctl;partition;help;throttle;list' {
            break
        }
        'mskctl;partition;help;throttle;clear' {
            break
        }
        'mskctl;partition;help;elect-leaders' {
            break
        }
        'mskctl;partition;help;help' {
            break
        }
        'mskctl;group' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List consumer groups: id, state, protocol type, member count')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show a group''s members and assignments, and committed offset, log end and lag per partition')
            [CompletionResult]::new('lag', 'lag', [CompletionResultType]::ParameterValue, 'Total and maximum lag and time lag per group (exit 4 when over --threshold or --max-time-lag)')
            [CompletionResult]::new('reset-offsets', 'reset-offsets', [CompletionResultType]::ParameterValue, 'Move a group''s committed offsets (dry run unless --execute; the group must have no members)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete consumer groups and their committed offsets (destructive; groups must have no members)')
            [CompletionResult]::new('delete-offsets', 'delete-offsets', [CompletionResultType]::ParameterValue, 'Delete a group''s committed offsets for topics it no longer consumes (destructive)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;group;list' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only groups in this state')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;group;describe' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;group;lag' {
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Only partitions of topics matching this regular expression')
            [CompletionResult]::new('--threshold', '--threshold', [CompletionResultType]::ParameterName, 'Exit 4 when any group''s total lag is above N messages')
            [CompletionResult]::new('--max-time-lag', '--max-time-lag', [CompletionResultType]::ParameterName, 'Exit 4 when any group''s oldest unconsumed record is older than this, e.g. 30s, 5m, 1h')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;group;reset-offsets' {
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Topic, optionally with partitions (orders:0,1); repeatable')
            [CompletionResult]::new('--to-datetime', '--to-datetime', [CompletionResultType]::ParameterName, 'The first offset at or after this time (RFC 3339)')
            [CompletionResult]::new('--to-offset', '--to-offset', [CompletionResultType]::ParameterName, 'This offset on every selected partition')
            [CompletionResult]::new('--shift-by', '--shift-by', [CompletionResultType]::ParameterName, 'The committed offset plus N (negative: back)')
            [CompletionResult]::new('--by-duration', '--by-duration', [CompletionResultType]::ParameterName, 'The first offset at or after this long ago, e.g. 30m, 2h, 1d')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Exactly the offsets in this CSV file: topic,partition,offset (as kafka-consumer-groups --export writes) or a backup (group,topic,partition,offset)')
            [CompletionResult]::new('--backup', '--backup', [CompletionResultType]::ParameterName, 'Back up the group''s committed offsets to this new file before committing (default: $XDG_STATE_HOME/mskctl/offsets/GROUP-UTCSTAMP.csv)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--all-topics', '--all-topics', [CompletionResultType]::ParameterName, 'Every partition the group has committed offsets for')
            [CompletionResult]::new('--to-earliest', '--to-earliest', [CompletionResultType]::ParameterName, 'The earliest offset still in the log')
            [CompletionResult]::new('--to-latest', '--to-latest', [CompletionResultType]::ParameterName, 'The log end (skip everything not yet read)')
            [CompletionResult]::new('--execute', '--execute', [CompletionResultType]::ParameterName, 'Commit the new offsets (without it, only show them)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Print the planned offsets as topic,partition,offset CSV (dry run only)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;group;delete' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;group;delete-offsets' {
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Topic, optionally with partitions (orders:0,1); repeatable')
            [CompletionResult]::new('--backup', '--backup', [CompletionResultType]::ParameterName, 'Back up the group''s committed offsets to this new file first (default: $XDG_STATE_HOME/mskctl/offsets/GROUP-UTCSTAMP.csv)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;group;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List consumer groups: id, state, protocol type, member count')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show a group''s members and assignments, and committed offset, log end and lag per partition')
            [CompletionResult]::new('lag', 'lag', [CompletionResultType]::ParameterValue, 'Total and maximum lag and time lag per group (exit 4 when over --threshold or --max-time-lag)')
            [CompletionResult]::new('reset-offsets', 'reset-offsets', [CompletionResultType]::ParameterValue, 'Move a group''s committed offsets (dry run unless --execute; the group must have no members)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete consumer groups and their committed offsets (destructive; groups must have no members)')
            [CompletionResult]::new('delete-offsets', 'delete-offsets', [CompletionResultType]::ParameterValue, 'Delete a group''s committed offsets for topics it no longer consumes (destructive)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;group;help;list' {
            break
        }
        'mskctl;group;help;describe' {
            break
        }
        'mskctl;group;help;lag' {
            break
        }
        'mskctl;group;help;reset-offsets' {
            break
        }
        'mskctl;group;help;delete' {
            break
        }
        'mskctl;group;help;delete-offsets' {
            break
        }
        'mskctl;group;help;help' {
            break
        }
        'mskctl;acl' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List ACL bindings, optionally filtered')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Allow or deny operations on a resource to a principal')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the ACL bindings a filter matches (shown first; destructive)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;acl;list' {
            [CompletionResult]::new('--principal', '--principal', [CompletionResultType]::ParameterName, 'Only bindings for this principal, TYPE:NAME (e.g. User:alice)')
            [CompletionResult]::new('--resource-type', '--resource-type', [CompletionResultType]::ParameterName, 'Only bindings on this kind of resource')
            [CompletionResult]::new('--resource-name', '--resource-name', [CompletionResultType]::ParameterName, 'Only bindings on this resource name')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Only bindings on this topic (same as --resource-type topic --resource-name NAME)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only bindings on this consumer group')
            [CompletionResult]::new('--transactional-id', '--transactional-id', [CompletionResultType]::ParameterName, 'Only bindings on this transactional id')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only bindings on this user (delegation-token operations on its behalf)')
            [CompletionResult]::new('--pattern-type', '--pattern-type', [CompletionResultType]::ParameterName, 'How the resource name is matched against bindings')
            [CompletionResult]::new('--operation', '--operation', [CompletionResultType]::ParameterName, 'Only bindings for this operation')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Only bindings for this client host (* matches only bindings for any host)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Only bindings on the cluster itself')
            [CompletionResult]::new('--allow', '--allow', [CompletionResultType]::ParameterName, 'Only bindings that allow')
            [CompletionResult]::new('--deny', '--deny', [CompletionResultType]::ParameterName, 'Only bindings that deny')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;acl;create' {
            [CompletionResult]::new('--principal', '--principal', [CompletionResultType]::ParameterName, 'Who the binding is for, TYPE:NAME (e.g. User:alice, User:* for everyone); repeatable')
            [CompletionResult]::new('--operation', '--operation', [CompletionResultType]::ParameterName, 'Operations (space- or comma-separated)')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'A topic (or topic name prefix with --pattern-type prefixed; * for all)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'A consumer group (or prefix; * for all)')
            [CompletionResult]::new('--transactional-id', '--transactional-id', [CompletionResultType]::ParameterName, 'A transactional id (or prefix; * for all)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'A user (principal name, e.g. alice), for the delegation-token operations on its behalf')
            [CompletionResult]::new('--pattern-type', '--pattern-type', [CompletionResultType]::ParameterName, 'Whether the name is exact or a prefix')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The client host the binding applies to (* for any)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--allow', '--allow', [CompletionResultType]::ParameterName, 'Grant the operations')
            [CompletionResult]::new('--deny', '--deny', [CompletionResultType]::ParameterName, 'Forbid the operations (a deny wins over any allow)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster itself')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;acl;delete' {
            [CompletionResult]::new('--principal', '--principal', [CompletionResultType]::ParameterName, 'Only bindings for this principal, TYPE:NAME (e.g. User:alice)')
            [CompletionResult]::new('--resource-type', '--resource-type', [CompletionResultType]::ParameterName, 'Only bindings on this kind of resource')
            [CompletionResult]::new('--resource-name', '--resource-name', [CompletionResultType]::ParameterName, 'Only bindings on this resource name')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Only bindings on this topic (same as --resource-type topic --resource-name NAME)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only bindings on this consumer group')
            [CompletionResult]::new('--transactional-id', '--transactional-id', [CompletionResultType]::ParameterName, 'Only bindings on this transactional id')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only bindings on this user (delegation-token operations on its behalf)')
            [CompletionResult]::new('--pattern-type', '--pattern-type', [CompletionResultType]::ParameterName, 'How the resource name is matched against bindings')
            [CompletionResult]::new('--operation', '--operation', [CompletionResultType]::ParameterName, 'Only bindings for this operation')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Only bindings for this client host (* matches only bindings for any host)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Only bindings on the cluster itself')
            [CompletionResult]::new('--allow', '--allow', [CompletionResultType]::ParameterName, 'Only bindings that allow')
            [CompletionResult]::new('--deny', '--deny', [CompletionResultType]::ParameterName, 'Only bindings that deny')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;acl;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List ACL bindings, optionally filtered')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Allow or deny operations on a resource to a principal')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the ACL bindings a filter matches (shown first; destructive)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;acl;help;list' {
            break
        }
        'mskctl;acl;help;create' {
            break
        }
        'mskctl;acl;help;delete' {
            break
        }
        'mskctl;acl;help;help' {
            break
        }
        'mskctl;quota' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List client quotas (all, or those of an entity)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set quota values of an entity (lowering a limit is risky: confirmed, or --yes)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove quota keys from an entity (destructive: confirmed, or --yes)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;quota;list' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'A user (principal name, e.g. alice)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'A client id')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--default-user', '--default-user', [CompletionResultType]::ParameterName, 'Kafka''s default user entity (applies to users without their own quota)')
            [CompletionResult]::new('--default-client-id', '--default-client-id', [CompletionResultType]::ParameterName, 'Kafka''s default client-id entity')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;quota;set' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'A user (principal name, e.g. alice)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'A client id')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--default-user', '--default-user', [CompletionResultType]::ParameterName, 'Kafka''s default user entity (applies to users without their own quota)')
            [CompletionResult]::new('--default-client-id', '--default-client-id', [CompletionResultType]::ParameterName, 'Kafka''s default client-id entity')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;quota;delete' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'A user (principal name, e.g. alice)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'A client id')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--default-user', '--default-user', [CompletionResultType]::ParameterName, 'Kafka''s default user entity (applies to users without their own quota)')
            [CompletionResult]::new('--default-client-id', '--default-client-id', [CompletionResultType]::ParameterName, 'Kafka''s default client-id entity')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;quota;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List client quotas (all, or those of an entity)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set quota values of an entity (lowering a limit is risky: confirmed, or --yes)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove quota keys from an entity (destructive: confirmed, or --yes)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;quota;help;list' {
            break
        }
        'mskctl;quota;help;set' {
            break
        }
        'mskctl;quota;help;delete' {
            break
        }
        'mskctl;quota;help;help' {
            break
        }
        'mskctl;user' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List SCRAM users: user, mechanisms, iterations')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or replace a user''s SCRAM credential (replacing is risky: confirmed, or --yes)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user''s SCRAM credentials (destructive: confirmed, or --yes)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;user;list' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;user;set' {
            [CompletionResult]::new('--mechanism', '--mechanism', [CompletionResultType]::ParameterName, 'SCRAM mechanism')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the password')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File whose first line is the password')
            [CompletionResult]::new('--iterations', '--iterations', [CompletionResultType]::ParameterName, 'PBKDF2 iterations (Kafka accepts 4096 to 16384)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;user;delete' {
            [CompletionResult]::new('--mechanism', '--mechanism', [CompletionResultType]::ParameterName, 'Only this mechanism (default: every mechanism the user has)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;user;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List SCRAM users: user, mechanisms, iterations')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or replace a user''s SCRAM credential (replacing is risky: confirmed, or --yes)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user''s SCRAM credentials (destructive: confirmed, or --yes)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;user;help;list' {
            break
        }
        'mskctl;user;help;set' {
            break
        }
        'mskctl;user;help;delete' {
            break
        }
        'mskctl;user;help;help' {
            break
        }
        'mskctl;cluster' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List MSK clusters in the account and region')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show a cluster: state, Kafka version, brokers, storage, auth, endpoints')
            [CompletionResult]::new('bootstrap', 'bootstrap', [CompletionResultType]::ParameterValue, 'Print the bootstrap servers for one kind of client authentication')
            [CompletionResult]::new('nodes', 'nodes', [CompletionResultType]::ParameterValue, 'List the broker nodes: id, instance type, subnet, endpoints')
            [CompletionResult]::new('operations', 'operations', [CompletionResultType]::ParameterValue, 'List the cluster''s operations (updates, creation, reboots), newest first')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create the cluster a Cluster manifest describes')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a cluster (destructive: asks on a terminal, needs --yes otherwise)')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until a cluster reaches a state (ACTIVE by default)')
            [CompletionResult]::new('scale', 'scale', [CompletionResultType]::ParameterValue, 'Change the number of brokers (a multiple of the Availability Zone count)')
            [CompletionResult]::new('storage', 'storage', [CompletionResultType]::ParameterValue, 'Grow every broker''s storage (it can never shrink)')
            [CompletionResult]::new('broker-type', 'broker-type', [CompletionResultType]::ParameterValue, 'Change the broker instance type (a rolling update, one broker at a time)')
            [CompletionResult]::new('configuration', 'configuration', [CompletionResultType]::ParameterValue, 'MSK configurations (server.properties with revisions)')
            [CompletionResult]::new('scram', 'scram', [CompletionResultType]::ParameterValue, 'SASL/SCRAM users: the Secrets Manager secrets associated with a cluster')
            [CompletionResult]::new('rebalancing', 'rebalancing', [CompletionResultType]::ParameterValue, 'Intelligent rebalancing of an Express cluster: pause or resume it')
            [CompletionResult]::new('reboot-broker', 'reboot-broker', [CompletionResultType]::ParameterValue, 'Reboot one broker (RebootBroker; its partitions lose a replica meanwhile)')
            [CompletionResult]::new('restart', 'restart', [CompletionResultType]::ParameterValue, 'Restart every broker, one at a time, waiting for the ISRs in between')
            [CompletionResult]::new('versions', 'versions', [CompletionResultType]::ParameterValue, 'List the Kafka versions the cluster can be upgraded to')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;cluster;list' {
            [CompletionResult]::new('--name-prefix', '--name-prefix', [CompletionResultType]::ParameterName, 'Only clusters whose name starts with this')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;cluster;describe' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;cluster;bootstrap' {
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Client authentication whose listener to use')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Which network''s listeners: private (the cluster''s VPC, IPv4), public, vpc-connectivity (multi-VPC private connectivity) or ipv6')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'The public endpoints (public access must be on); the same as --network public')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;cluster;nodes' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;cluster;operations' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;cluster;create' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Manifest files or directories (recursive, *.yaml / *.yml); - for stdin')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Manifest files or directories (recursive, *.yaml / *.yml); - for stdin')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Value of a manifest variable ${NAME}; repeatable, wins over every other source')
            [CompletionResult]::new('--values', '--values', [CompletionResultType]::ParameterName, 'YAML file mapping variable names to values; repeatable, later files win')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be created, change nothing')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the operation is over, up to --timeout (default here: 2h); Ctrl-C stops waiting, never the operation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;cluster;delete' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the operation is over, up to --timeout (default here: 2h); Ctrl-C stops waiting, never the operation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;cluster;wait' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The state to wait for')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;cluster;scale' {
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'The new total number of brokers')
            [CompletionResult]::new('--throttle', '--throttle', [CompletionResultType]::ParameterName, 'Replication throttle for --rebalance, bytes per second (e.g. 50MB/s)')
            [CompletionResult]::new('--balance', '--balance', [CompletionResultType]::ParameterName, 'Primary goal (default: bytes when every partition''s size is known, else replicas)')
            [CompletionResult]::new('--max-bytes', '--max-bytes', [CompletionResultType]::ParameterName, 'At most this many bytes moved (e.g. 500GiB); whole partitions, like --max-moves')
            [CompletionResult]::new('--capacity', '--capacity', [CompletionResultType]::ParameterName, 'Disk capacity of each broker (a snapshot''s capacity_bytes wins), e.g. 1TiB')
            [CompletionResult]::new('--max-fill', '--max-fill', [CompletionResultType]::ParameterName, 'Refuse plans that fill a broker''s capacity above this')
            [CompletionResult]::new('--max-concurrent-per-broker', '--max-concurrent-per-broker', [CompletionResultType]::ParameterName, 'With --rebalance: at most N replicas arriving on one broker at a time')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the operation is over, up to --timeout (default here: 2h); Ctrl-C stops waiting, never the operation')
            [CompletionResult]::new('--rebalance', '--rebalance', [CompletionResultType]::ParameterName, 'Move partitions too: onto the new brokers after adding them, or off the brokers to remove (one per zone) before removing them')
            [CompletionResult]::new('--pause-rebalancing', '--pause-rebalancing', [CompletionResultType]::ParameterName, 'On an Express cluster with intelligent rebalancing ACTIVE: pause it while --rebalance moves partitions, resume it afterwards')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;cluster;storage' {
            [CompletionResult]::new('--size-gib', '--size-gib', [CompletionResultType]::ParameterName, 'The new EBS volume size of each broker, in GiB')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the operation is over, up to --timeout (default here: 2h); Ctrl-C stops waiting, never the operation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;cluster;broker-type' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'The new instance type, e.g. kafka.m7g.large')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the operation is over, up to --timeout (default here: 2h); Ctrl-C stops waiting, never the operation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;cluster;configuration' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List configurations')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show a configuration revision with its server.properties')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a configuration from a server.properties file')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Add a revision to a configuration from a server.properties file')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Make a cluster use a configuration revision (a rolling restart)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;cluster;configuration;list' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;cluster;configuration;describe' {
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'The revision (default: the latest)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;cluster;configuration;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--kafka-versions', '--kafka-versions', [CompletionResultType]::ParameterName, 'Kafka versions the configuration is for')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'server.properties file; - for stdin')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'server.properties file; - for stdin')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;cluster;configuration;update' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'server.properties file; - for stdin')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'server.properties file; - for stdin')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What changed in this revision')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;cluster;configuration;attach' {
            [CompletionResult]::new('--configuration', '--configuration', [CompletionResultType]::ParameterName, 'Configuration ARN')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'revision')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the operation is over, up to --timeout (default here: 2h); Ctrl-C stops waiting, never the operation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;cluster;configuration;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List configurations')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show a configuration revision with its server.properties')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a configuration from a server.properties file')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Add a revision to a configuration from a server.properties file')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Make a cluster use a configuration revision (a rolling restart)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;cluster;configuration;help;list' {
            break
        }
        'mskctl;cluster;configuration;help;describe' {
            break
        }
        'mskctl;cluster;configuration;help;create' {
            break
        }
        'mskctl;cluster;configuration;help;update' {
            break
        }
        'mskctl;cluster;configuration;help;attach' {
            break
        }
        'mskctl;cluster;configuration;help;help' {
            break
        }
        'mskctl;cluster;scram' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the secrets associated with a cluster (-o json: their ARNs)')
            [CompletionResult]::new('associate', 'associate', [CompletionResultType]::ParameterValue, 'Associate secrets: each one''s user can then log in with SCRAM-SHA-512')
            [CompletionResult]::new('disassociate', 'disassociate', [CompletionResultType]::ParameterValue, 'Disassociate secrets: their users can no longer log in (asks, or --yes)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;cluster;scram;list' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;cluster;scram;associate' {
            [CompletionResult]::new('--secret-arn', '--secret-arn', [CompletionResultType]::ParameterName, 'A Secrets Manager secret ARN (repeatable)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;cluster;scram;disassociate' {
            [CompletionResult]::new('--secret-arn', '--secret-arn', [CompletionResultType]::ParameterName, 'A Secrets Manager secret ARN (repeatable)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;cluster;scram;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the secrets associated with a cluster (-o json: their ARNs)')
            [CompletionResult]::new('associate', 'associate', [CompletionResultType]::ParameterValue, 'Associate secrets: each one''s user can then log in with SCRAM-SHA-512')
            [CompletionResult]::new('disassociate', 'disassociate', [CompletionResultType]::ParameterValue, 'Disassociate secrets: their users can no longer log in (asks, or --yes)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;cluster;scram;help;list' {
            break
        }
        'mskctl;cluster;scram;help;associate' {
            break
        }
        'mskctl;cluster;scram;help;disassociate' {
            break
        }
        'mskctl;cluster;scram;help;help' {
            break
        }
        'mskctl;cluster;rebalancing' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause intelligent rebalancing (risky: MSK stops balancing partitions)')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume intelligent rebalancing (safe: MSK''s default)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;cluster;rebalancing;pause' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the operation is over, up to --timeout (default here: 2h); Ctrl-C stops waiting, never the operation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;cluster;rebalancing;resume' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the operation is over, up to --timeout (default here: 2h); Ctrl-C stops waiting, never the operation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;cluster;rebalancing;help' {
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause intelligent rebalancing (risky: MSK stops balancing partitions)')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume intelligent rebalancing (safe: MSK''s default)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;cluster;rebalancing;help;pause' {
            break
        }
        'mskctl;cluster;rebalancing;help;resume' {
            break
        }
        'mskctl;cluster;rebalancing;help;help' {
            break
        }
        'mskctl;cluster;reboot-broker' {
            [CompletionResult]::new('--broker', '--broker', [CompletionResultType]::ParameterName, 'The broker id to reboot (see `mskctl cluster nodes`)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the operation is over, up to --timeout (default here: 2h); Ctrl-C stops waiting, never the operation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;cluster;restart' {
            [CompletionResult]::new('--from-broker', '--from-broker', [CompletionResultType]::ParameterName, 'Start at this broker id (and go on in id order), e.g. to resume')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--rolling', '--rolling', [CompletionResultType]::ParameterName, 'One broker at a time (the only kind of restart MSK offers)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the operation is over, up to --timeout (default here: 2h); Ctrl-C stops waiting, never the operation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;cluster;versions' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;cluster;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List MSK clusters in the account and region')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show a cluster: state, Kafka version, brokers, storage, auth, endpoints')
            [CompletionResult]::new('bootstrap', 'bootstrap', [CompletionResultType]::ParameterValue, 'Print the bootstrap servers for one kind of client authentication')
            [CompletionResult]::new('nodes', 'nodes', [CompletionResultType]::ParameterValue, 'List the broker nodes: id, instance type, subnet, endpoints')
            [CompletionResult]::new('operations', 'operations', [CompletionResultType]::ParameterValue, 'List the cluster''s operations (updates, creation, reboots), newest first')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create the cluster a Cluster manifest describes')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a cluster (destructive: asks on a terminal, needs --yes otherwise)')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until a cluster reaches a state (ACTIVE by default)')
            [CompletionResult]::new('scale', 'scale', [CompletionResultType]::ParameterValue, 'Change the number of brokers (a multiple of the Availability Zone count)')
            [CompletionResult]::new('storage', 'storage', [CompletionResultType]::ParameterValue, 'Grow every broker''s storage (it can never shrink)')
            [CompletionResult]::new('broker-type', 'broker-type', [CompletionResultType]::ParameterValue, 'Change the broker instance type (a rolling update, one broker at a time)')
            [CompletionResult]::new('configuration', 'configuration', [CompletionResultType]::ParameterValue, 'MSK configurations (server.properties with revisions)')
            [CompletionResult]::new('scram', 'scram', [CompletionResultType]::ParameterValue, 'SASL/SCRAM users: the Secrets Manager secrets associated with a cluster')
            [CompletionResult]::new('rebalancing', 'rebalancing', [CompletionResultType]::ParameterValue, 'Intelligent rebalancing of an Express cluster: pause or resume it')
            [CompletionResult]::new('reboot-broker', 'reboot-broker', [CompletionResultType]::ParameterValue, 'Reboot one broker (RebootBroker; its partitions lose a replica meanwhile)')
            [CompletionResult]::new('restart', 'restart', [CompletionResultType]::ParameterValue, 'Restart every broker, one at a time, waiting for the ISRs in between')
            [CompletionResult]::new('versions', 'versions', [CompletionResultType]::ParameterValue, 'List the Kafka versions the cluster can be upgraded to')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;cluster;help;list' {
            break
        }
        'mskctl;cluster;help;describe' {
            break
        }
        'mskctl;cluster;help;bootstrap' {
            break
        }
        'mskctl;cluster;help;nodes' {
            break
        }
        'mskctl;cluster;help;operations' {
            break
        }
        'mskctl;cluster;help;create' {
            break
        }
        'mskctl;cluster;help;delete' {
            break
        }
        'mskctl;cluster;help;wait' {
            break
        }
        'mskctl;cluster;help;scale' {
            break
        }
        'mskctl;cluster;help;storage' {
            break
        }
        'mskctl;cluster;help;broker-type' {
            break
        }
        'mskctl;cluster;help;configuration' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List configurations')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show a configuration revision with its server.properties')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a configuration from a server.properties file')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Add a revision to a configuration from a server.properties file')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Make a cluster use a configuration revision (a rolling restart)')
            break
        }
        'mskctl;cluster;help;configuration;list' {
            break
        }
        'mskctl;cluster;help;configuration;describe' {
            break
        }
        'mskctl;cluster;help;configuration;create' {
            break
        }
        'mskctl;cluster;help;configuration;update' {
            break
        }
        'mskctl;cluster;help;configuration;attach' {
            break
        }
        'mskctl;cluster;help;scram' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the secrets associated with a cluster (-o json: their ARNs)')
            [CompletionResult]::new('associate', 'associate', [CompletionResultType]::ParameterValue, 'Associate secrets: each one''s user can then log in with SCRAM-SHA-512')
            [CompletionResult]::new('disassociate', 'disassociate', [CompletionResultType]::ParameterValue, 'Disassociate secrets: their users can no longer log in (asks, or --yes)')
            break
        }
        'mskctl;cluster;help;scram;list' {
            break
        }
        'mskctl;cluster;help;scram;associate' {
            break
        }
        'mskctl;cluster;help;scram;disassociate' {
            break
        }
        'mskctl;cluster;help;rebalancing' {
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause intelligent rebalancing (risky: MSK stops balancing partitions)')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume intelligent rebalancing (safe: MSK''s default)')
            break
        }
        'mskctl;cluster;help;rebalancing;pause' {
            break
        }
        'mskctl;cluster;help;rebalancing;resume' {
            break
        }
        'mskctl;cluster;help;reboot-broker' {
            break
        }
        'mskctl;cluster;help;restart' {
            break
        }
        'mskctl;cluster;help;versions' {
            break
        }
        'mskctl;cluster;help;help' {
            break
        }
        'mskctl;schema-registry' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('subjects', 'subjects', [CompletionResultType]::ParameterValue, 'List the registry''s subjects')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one version of a subject''s schema (the latest by default)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a schema file against the subject under the registry''s compatibility level (exit 4 when incompatible)')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a schema file as the subject''s next version (risky under compatibility NONE: asks, or needs --yes)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;schema-registry;subjects' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;schema-registry;get' {
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Version number or latest')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mskctl;schema-registry;check' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The schema: Avro (.avsc), Protobuf (.proto) or JSON Schema')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The schema: Avro (.avsc), Protobuf (.proto) or JSON Schema')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Schema type (default: the subject''s, else from the file name: .proto protobuf, else avro)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;schema-registry;register' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The schema: Avro (.avsc), Protobuf (.proto) or JSON Schema')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The schema: Avro (.avsc), Protobuf (.proto) or JSON Schema')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Schema type (default: the subject''s, else from the file name: .proto protobuf, else avro)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;schema-registry;help' {
            [CompletionResult]::new('subjects', 'subjects', [CompletionResultType]::ParameterValue, 'List the registry''s subjects')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one version of a subject''s schema (the latest by default)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a schema file against the subject under the registry''s compatibility level (exit 4 when incompatible)')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a schema file as the subject''s next version (risky under compatibility NONE: asks, or needs --yes)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;schema-registry;help;subjects' {
            break
        }
        'mskctl;schema-registry;help;get' {
            break
        }
        'mskctl;schema-registry;help;check' {
            break
        }
        'mskctl;schema-registry;help;register' {
            break
        }
        'mskctl;schema-registry;help;help' {
            break
        }
        'mskctl;validate' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Manifest files or directories (recursive, *.yaml / *.yml); - for stdin')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Manifest files or directories (recursive, *.yaml / *.yml); - for stdin')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Value of a manifest variable ${NAME}; repeatable, wins over every other source')
            [CompletionResult]::new('--values', '--values', [CompletionResultType]::ParameterName, 'YAML file mapping variable names to values; repeatable, later files win')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;plan' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Manifest files or directories (recursive, *.yaml / *.yml); - for stdin')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Manifest files or directories (recursive, *.yaml / *.yml); - for stdin')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Value of a manifest variable ${NAME}; repeatable, wins over every other source')
            [CompletionResult]::new('--values', '--values', [CompletionResultType]::ParameterName, 'YAML file mapping variable names to values; repeatable, later files win')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Save the plan for `apply --plan FILE`')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also plan deleting what an Ownership document owns and no manifest declares')
            [CompletionResult]::new('--allow-data-loss', '--allow-data-loss', [CompletionResultType]::ParameterName, 'Plan deleting topics that hold records or are consumed (otherwise refused)')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'Exit 3 when changes are pending, 0 when there are none')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;diff' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Manifest files or directories (recursive, *.yaml / *.yml); - for stdin')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Manifest files or directories (recursive, *.yaml / *.yml); - for stdin')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Value of a manifest variable ${NAME}; repeatable, wins over every other source')
            [CompletionResult]::new('--values', '--values', [CompletionResultType]::ParameterName, 'YAML file mapping variable names to values; repeatable, later files win')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Save the plan for `apply --plan FILE`')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also plan deleting what an Ownership document owns and no manifest declares')
            [CompletionResult]::new('--allow-data-loss', '--allow-data-loss', [CompletionResultType]::ParameterName, 'Plan deleting topics that hold records or are consumed (otherwise refused)')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'Exit 3 when changes are pending, 0 when there are none')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Manifest files or directories (recursive, *.yaml / *.yml); - for stdin')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Manifest files or directories (recursive, *.yaml / *.yml); - for stdin')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Apply a plan saved with `plan --out`, exactly')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Value of a manifest variable ${NAME}; repeatable, wins over every other source')
            [CompletionResult]::new('--values', '--values', [CompletionResultType]::ParameterName, 'YAML file mapping variable names to values; repeatable, later files win')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also delete what an Ownership document owns and no manifest declares')
            [CompletionResult]::new('--allow-data-loss', '--allow-data-loss', [CompletionResultType]::ParameterName, 'Delete topics that hold records or are consumed (otherwise refused)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;export' {
            [CompletionResult]::new('--pattern', '--pattern', [CompletionResultType]::ParameterName, 'Only topics whose name matches this regular expression')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'Include internal topics')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;schema' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;completions' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Bootstrap servers, HOST:PORT[,HOST:PORT...]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline of the whole command''s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable that holds the SASL password')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File whose first line is the SASL password')
            [CompletionResult]::new('--tls-ca-file', '--tls-ca-file', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust (in addition to the system roots)')
            [CompletionResult]::new('--tls-cert-file', '--tls-cert-file', [CompletionResultType]::ParameterName, 'PEM client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate')
            [CompletionResult]::new('--msk-cluster', '--msk-cluster', [CompletionResultType]::ParameterName, 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers')
            [CompletionResult]::new('--msk-auth', '--msk-auth', [CompletionResultType]::ParameterName, 'Which MSK listener to use with --msk-cluster (default: iam)')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API''s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, then the profile''s region)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)')
            [CompletionResult]::new('--glue-registry', '--glue-registry', [CompletionResultType]::ParameterName, 'AWS Glue schema registry name (AWS settings as for the MSK commands)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive changes without a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('--tls-insecure-skip-verify', '--tls-insecure-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the brokers'' TLS certificates (never in production)')
            [CompletionResult]::new('--msk-public', '--msk-public', [CompletionResultType]::ParameterName, 'Use the MSK cluster''s public endpoints (public access must be on)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mskctl;help' {
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Manage contexts (connection profiles) in $XDG_CONFIG_HOME/mskctl/config.yaml')
            [CompletionResult]::new('topic', 'topic', [CompletionResultType]::ParameterValue, 'List, describe, create, alter, delete and check topics')
            [CompletionResult]::new('retention', 'retention', [CompletionResultType]::ParameterValue, 'Read and change topic retention; purge old records')
            [CompletionResult]::new('broker', 'broker', [CompletionResultType]::ParameterValue, 'Inspect and drain brokers')
            [CompletionResult]::new('partition', 'partition', [CompletionResultType]::ParameterValue, 'Partition snapshots, reassignment (plan, execute, verify) and leader election')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'Consumer groups: list, describe, lag, reset offsets, delete')
            [CompletionResult]::new('acl', 'acl', [CompletionResultType]::ParameterValue, 'List, create and delete ACLs')
            [CompletionResult]::new('quota', 'quota', [CompletionResultType]::ParameterValue, 'Client quotas: list, set, delete (per user, client id, or both)')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'SCRAM users of self-managed Kafka: list, set, delete')
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Amazon MSK clusters: describe, bootstrap brokers, scale, storage, broker type, configurations')
            [CompletionResult]::new('schema-registry', 'schema-registry', [CompletionResultType]::ParameterValue, 'Schema registry subjects: list, get, check compatibility (CI gate), register')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check manifests offline (no cluster contacted): schema, types, duplicates')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show what `apply` would change to make the cluster match the manifests')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the cluster match the manifests (or apply a saved plan exactly)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print live topics as manifests (only non-default configs)')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of every manifest kind (for editors)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mskctl;help;config' {
            [CompletionResult]::new('get-contexts', 'get-contexts', [CompletionResultType]::ParameterValue, 'List the contexts; the current one is marked with *')
            [CompletionResult]::new('current-context', 'current-context', [CompletionResultType]::ParameterValue, 'Print the name of the current context')
            [CompletionResult]::new('use-context', 'use-context', [CompletionResultType]::ParameterValue, 'Make NAME the current context')
            [CompletionResult]::new('set-context', 'set-context', [CompletionResultType]::ParameterValue, 'Create or update a context from the connection flags')
            [CompletionResult]::new('delete-context', 'delete-context', [CompletionResultType]::ParameterValue, 'Delete a context')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Print the configuration file with secrets redacted')
            break
        }
        'mskctl;help;config;get-contexts' {
            break
        }
        'mskctl;help;config;current-context' {
            break
        }
        'mskctl;help;config;use-context' {
            break
        }
        'mskctl;help;config;set-context' {
            break
        }
        'mskctl;help;config;delete-context' {
            break
        }
        'mskctl;help;config;view' {
            break
        }
        'mskctl;help;topic' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List topics')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show a topic''s partitions (leader, replicas, ISR) and its non-default configs')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a topic')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete topics (destructive: asks on a terminal, needs --yes otherwise)')
            [CompletionResult]::new('alter', 'alter', [CompletionResultType]::ParameterValue, 'Increase a topic''s partition count (partitions can never be removed; keys move, so it asks or needs --yes)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and change topic configs (incrementally: other keys are never touched)')
            [CompletionResult]::new('tail', 'tail', [CompletionResultType]::ParameterValue, 'Print records from a topic (key, value, partition, offset, timestamp, headers)')
            [CompletionResult]::new('produce', 'produce', [CompletionResultType]::ParameterValue, 'Write records to a topic: one per stdin line, or --value')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Report under-replicated, offline and under-min-ISR partitions (exit 4 when any)')
            break
        }
        'mskctl;help;topic;list' {
            break
        }
        'mskctl;help;topic;describe' {
            break
        }
        'mskctl;help;topic;create' {
            break
        }
        'mskctl;help;topic;delete' {
            break
        }
        'mskctl;help;topic;alter' {
            break
        }
        'mskctl;help;topic;config' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a topic''s non-default configs (all configs with --all)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set topic configs (a change that can lose data asks, or needs --yes)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove topic configs (they return to the cluster default)')
            break
        }
        'mskctl;help;topic;config;get' {
            break
        }
        'mskctl;help;topic;config;set' {
            break
        }
        'mskctl;help;topic;config;delete' {
            break
        }
        'mskctl;help;topic;tail' {
            break
        }
        'mskctl;help;topic;produce' {
            break
        }
        'mskctl;help;topic;health' {
            break
        }
        'mskctl;help;retention' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show retention by time and size, in human units and raw')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change retention; lowering it deletes data, so it is confirmed (or --yes)')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Delete records before an offset or a time (destructive) with DeleteRecords')
            break
        }
        'mskctl;help;retention;get' {
            break
        }
        'mskctl;help;retention;set' {
            break
        }
        'mskctl;help;retention;purge' {
            break
        }
        'mskctl;help;broker' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List brokers: id, address, rack, and which is the controller')
            [CompletionResult]::new('drain', 'drain', [CompletionResultType]::ParameterValue, 'Move every replica off the given brokers (plan + execute), e.g. before removing them')
            break
        }
        'mskctl;help;broker;list' {
            break
        }
        'mskctl;help;broker;drain' {
            break
        }
        'mskctl;help;partition' {
            [CompletionResult]::new('snapshot', 'snapshot', [CompletionResultType]::ParameterValue, 'Write a cluster snapshot (brokers with racks, partitions with replicas and sizes) as JSON')
            [CompletionResult]::new('reassign', 'reassign', [CompletionResultType]::ParameterValue, 'Plan, execute, watch, verify and cancel partition reassignments')
            [CompletionResult]::new('throttle', 'throttle', [CompletionResultType]::ParameterValue, 'List or clear replication throttles (broker rates, topic replica lists)')
            [CompletionResult]::new('elect-leaders', 'elect-leaders', [CompletionResultType]::ParameterValue, 'Elect leaders: preferred (safe) or unclean (may lose data)')
            break
        }
        'mskctl;help;partition;snapshot' {
            break
        }
        'mskctl;help;partition;reassign' {
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Plan a minimal-movement reassignment (Kafka''s reassignment JSON with -o json)')
            [CompletionResult]::new('execute', 'execute', [CompletionResultType]::ParameterValue, 'Execute a reassignment plan: rollback file first, throttles, batches, progress')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Reassignments in progress, with target and current replicas')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Compare the cluster with a plan; remove the throttles once nothing is moving')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel the plan''s reassignments in progress (replicas return to where they were)')
            break
        }
        'mskctl;help;partition;reassign;plan' {
            break
        }
        'mskctl;help;partition;reassign;execute' {
            break
        }
        'mskctl;help;partition;reassign;status' {
            break
        }
        'mskctl;help;partition;reassign;verify' {
            break
        }
        'mskctl;help;partition;reassign;cancel' {
            break
        }
        'mskctl;help;partition;throttle' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Replication throttles set on brokers (rates) and topics (throttled replicas)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove replication throttles (shown first; asks, or --yes)')
            break
        }
        'mskctl;help;partition;throttle;list' {
            break
        }
        'mskctl;help;partition;throttle;clear' {
            break
        }
        'mskctl;help;partition;elect-leaders' {
            break
        }
        'mskctl;help;group' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List consumer groups: id, state, protocol type, member count')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show a group''s members and assignments, and committed offset, log end and lag per partition')
            [CompletionResult]::new('lag', 'lag', [CompletionResultType]::ParameterValue, 'Total and maximum lag and time lag per group (exit 4 when over --threshold or --max-time-lag)')
            [CompletionResult]::new('reset-offsets', 'reset-offsets', [CompletionResultType]::ParameterValue, 'Move a group''s committed offsets (dry run unless --execute; the group must have no members)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete consumer groups and their committed offsets (destructive; groups must have no members)')
            [CompletionResult]::new('delete-offsets', 'delete-offsets', [CompletionResultType]::ParameterValue, 'Delete a group''s committed offsets for topics it no longer consumes (destructive)')
            break
        }
        'mskctl;help;group;list' {
            break
        }
        'mskctl;help;group;describe' {
            break
        }
        'mskctl;help;group;lag' {
            break
        }
        'mskctl;help;group;reset-offsets' {
            break
        }
        'mskctl;help;group;delete' {
            break
        }
        'mskctl;help;group;delete-offsets' {
            break
        }
        'mskctl;help;acl' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List ACL bindings, optionally filtered')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Allow or deny operations on a resource to a principal')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the ACL bindings a filter matches (shown first; destructive)')
            break
        }
        'mskctl;help;acl;list' {
            break
        }
        'mskctl;help;acl;create' {
            break
        }
        'mskctl;help;acl;delete' {
            break
        }
        'mskctl;help;quota' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List client quotas (all, or those of an entity)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set quota values of an entity (lowering a limit is risky: confirmed, or --yes)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove quota keys from an entity (destructive: confirmed, or --yes)')
            break
        }
        'mskctl;help;quota;list' {
            break
        }
        'mskctl;help;quota;set' {
            break
        }
        'mskctl;help;quota;delete' {
            break
        }
        'mskctl;help;user' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List SCRAM users: user, mechanisms, iterations')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or replace a user''s SCRAM credential (replacing is risky: confirmed, or --yes)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user''s SCRAM credentials (destructive: confirmed, or --yes)')
            break
        }
        'mskctl;help;user;list' {
            break
        }
        'mskctl;help;user;set' {
            break
        }
        'mskctl;help;user;delete' {
            break
        }
        'mskctl;help;cluster' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List MSK clusters in the account and region')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show a cluster: state, Kafka version, brokers, storage, auth, endpoints')
            [CompletionResult]::new('bootstrap', 'bootstrap', [CompletionResultType]::ParameterValue, 'Print the bootstrap servers for one kind of client authentication')
            [CompletionResult]::new('nodes', 'nodes', [CompletionResultType]::ParameterValue, 'List the broker nodes: id, instance type, subnet, endpoints')
            [CompletionResult]::new('operations', 'operations', [CompletionResultType]::ParameterValue, 'List the cluster''s operations (updates, creation, reboots), newest first')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create the cluster a Cluster manifest describes')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a cluster (destructive: asks on a terminal, needs --yes otherwise)')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until a cluster reaches a state (ACTIVE by default)')
            [CompletionResult]::new('scale', 'scale', [CompletionResultType]::ParameterValue, 'Change the number of brokers (a multiple of the Availability Zone count)')
            [CompletionResult]::new('storage', 'storage', [CompletionResultType]::ParameterValue, 'Grow every broker''s storage (it can never shrink)')
            [CompletionResult]::new('broker-type', 'broker-type', [CompletionResultType]::ParameterValue, 'Change the broker instance type (a rolling update, one broker at a time)')
            [CompletionResult]::new('configuration', 'configuration', [CompletionResultType]::ParameterValue, 'MSK configurations (server.properties with revisions)')
            [CompletionResult]::new('scram', 'scram', [CompletionResultType]::ParameterValue, 'SASL/SCRAM users: the Secrets Manager secrets associated with a cluster')
            [CompletionResult]::new('rebalancing', 'rebalancing', [CompletionResultType]::ParameterValue, 'Intelligent rebalancing of an Express cluster: pause or resume it')
            [CompletionResult]::new('reboot-broker', 'reboot-broker', [CompletionResultType]::ParameterValue, 'Reboot one broker (RebootBroker; its partitions lose a replica meanwhile)')
            [CompletionResult]::new('restart', 'restart', [CompletionResultType]::ParameterValue, 'Restart every broker, one at a time, waiting for the ISRs in between')
            [CompletionResult]::new('versions', 'versions', [CompletionResultType]::ParameterValue, 'List the Kafka versions the cluster can be upgraded to')
            break
        }
        'mskctl;help;cluster;list' {
            break
        }
        'mskctl;help;cluster;describe' {
            break
        }
        'mskctl;help;cluster;bootstrap' {
            break
        }
        'mskctl;help;cluster;nodes' {
            break
        }
        'mskctl;help;cluster;operations' {
            break
        }
        'mskctl;help;cluster;create' {
            break
        }
        'mskctl;help;cluster;delete' {
            break
        }
        'mskctl;help;cluster;wait' {
            break
        }
        'mskctl;help;cluster;scale' {
            break
        }
        'mskctl;help;cluster;storage' {
            break
        }
        'mskctl;help;cluster;broker-type' {
            break
        }
        'mskctl;help;cluster;configuration' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List configurations')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show a configuration revision with its server.properties')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a configuration from a server.properties file')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Add a revision to a configuration from a server.properties file')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Make a cluster use a configuration revision (a rolling restart)')
            break
        }
        'mskctl;help;cluster;configuration;list' {
            break
        }
        'mskctl;help;cluster;configuration;describe' {
            break
        }
        'mskctl;help;cluster;configuration;create' {
            break
        }
        'mskctl;help;cluster;configuration;update' {
            break
        }
        'mskctl;help;cluster;configuration;attach' {
            break
        }
        'mskctl;help;cluster;scram' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the secrets associated with a cluster (-o json: their ARNs)')
            [CompletionResult]::new('associate', 'associate', [CompletionResultType]::ParameterValue, 'Associate secrets: each one''s user can then log in with SCRAM-SHA-512')
            [CompletionResult]::new('disassociate', 'disassociate', [CompletionResultType]::ParameterValue, 'Disassociate secrets: their users can no longer log in (asks, or --yes)')
            break
        }
        'mskctl;help;cluster;scram;list' {
            break
        }
        'mskctl;help;cluster;scram;associate' {
            break
        }
        'mskctl;help;cluster;scram;disassociate' {
            break
        }
        'mskctl;help;cluster;rebalancing' {
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause intelligent rebalancing (risky: MSK stops balancing partitions)')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume intelligent rebalancing (safe: MSK''s default)')
            break
        }
        'mskctl;help;cluster;rebalancing;pause' {
            break
        }
        'mskctl;help;cluster;rebalancing;resume' {
            break
        }
        'mskctl;help;cluster;reboot-broker' {
            break
        }
        'mskctl;help;cluster;restart' {
            break
        }
        'mskctl;help;cluster;versions' {
            break
        }
        'mskctl;help;schema-registry' {
            [CompletionResult]::new('subjects', 'subjects', [CompletionResultType]::ParameterValue, 'List the registry''s subjects')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one version of a subject''s schema (the latest by default)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a schema file against the subject under the registry''s compatibility level (exit 4 when incompatible)')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a schema file as the subject''s next version (risky under compatibility NONE: asks, or needs --yes)')
            break
        }
        'mskctl;help;schema-registry;subjects' {
            break
        }
        'mskctl;help;schema-registry;get' {
            break
        }
        'mskctl;help;schema-registry;check' {
            break
        }
        'mskctl;help;schema-registry;register' {
            break
        }
        'mskctl;help;validate' {
            break
        }
        'mskctl;help;plan' {
            break
        }
        'mskctl;help;apply' {
            break
        }
        'mskctl;help;export' {
            break
        }
        'mskctl;help;schema' {
            break
        }
        'mskctl;help;completions' {
            break
        }
        'mskctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
