# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_mskctl_global_optspecs
    string join \n b/bootstrap-servers= context= o/output= yes v/verbose timeout= no-color security-protocol= sasl-mechanism= sasl-username= sasl-password-env= sasl-password-file= tls-ca-file= tls-cert-file= tls-key-file= tls-insecure-skip-verify msk-cluster= msk-auth= msk-public via= profile= region= schema-registry= glue-registry= h/help V/version
end

function __fish_mskctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_mskctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_mskctl_using_subcommand
    set -l cmd (__fish_mskctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c mskctl -n "__fish_mskctl_needs_command" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_needs_command" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_needs_command" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_needs_command" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_needs_command" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_needs_command" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_needs_command" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_needs_command" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_needs_command" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_needs_command" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_needs_command" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_needs_command" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_needs_command" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_needs_command" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_needs_command" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_needs_command" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_needs_command" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_needs_command" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_needs_command" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_needs_command" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_needs_command" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_needs_command" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_needs_command" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_needs_command" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_needs_command" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_needs_command" -f -a "config" -d 'Manage contexts (connection profiles) in $XDG_CONFIG_HOME/mskctl/config.yaml'
complete -c mskctl -n "__fish_mskctl_needs_command" -f -a "topic" -d 'List, describe, create, alter, delete and check topics'
complete -c mskctl -n "__fish_mskctl_needs_command" -f -a "retention" -d 'Read and change topic retention; purge old records'
complete -c mskctl -n "__fish_mskctl_needs_command" -f -a "broker" -d 'Inspect and drain brokers'
complete -c mskctl -n "__fish_mskctl_needs_command" -f -a "partition" -d 'Partition snapshots, reassignment (plan, execute, verify) and leader election'
complete -c mskctl -n "__fish_mskctl_needs_command" -f -a "group" -d 'Consumer groups: list, describe, lag, reset offsets, delete'
complete -c mskctl -n "__fish_mskctl_needs_command" -f -a "acl" -d 'List, create and delete ACLs'
complete -c mskctl -n "__fish_mskctl_needs_command" -f -a "quota" -d 'Client quotas: list, set, delete (per user, client id, or both)'
complete -c mskctl -n "__fish_mskctl_needs_command" -f -a "user" -d 'SCRAM users of self-managed Kafka: list, set, delete'
complete -c mskctl -n "__fish_mskctl_needs_command" -f -a "cluster" -d 'Amazon MSK clusters: describe, bootstrap brokers, scale, storage, broker type, configurations'
complete -c mskctl -n "__fish_mskctl_needs_command" -f -a "schema-registry" -d 'Schema registry subjects: list, get, check compatibility (CI gate), register'
complete -c mskctl -n "__fish_mskctl_needs_command" -f -a "validate" -d 'Check manifests offline (no cluster contacted): schema, types, duplicates'
complete -c mskctl -n "__fish_mskctl_needs_command" -f -a "plan" -d 'Show what `apply` would change to make the cluster match the manifests'
complete -c mskctl -n "__fish_mskctl_needs_command" -f -a "diff" -d 'Show what `apply` would change to make the cluster match the manifests'
complete -c mskctl -n "__fish_mskctl_needs_command" -f -a "apply" -d 'Make the cluster match the manifests (or apply a saved plan exactly)'
complete -c mskctl -n "__fish_mskctl_needs_command" -f -a "export" -d 'Print live topics as manifests (only non-default configs)'
complete -c mskctl -n "__fish_mskctl_needs_command" -f -a "schema" -d 'Print the JSON Schema of every manifest kind (for editors)'
complete -c mskctl -n "__fish_mskctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c mskctl -n "__fish_mskctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -f -a "get-contexts" -d 'List the contexts; the current one is marked with *'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -f -a "current-context" -d 'Print the name of the current context'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -f -a "use-context" -d 'Make NAME the current context'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -f -a "set-context" -d 'Create or update a context from the connection flags'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -f -a "delete-context" -d 'Delete a context'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -f -a "view" -d 'Print the configuration file with secrets redacted'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts current-context use-context set-context delete-context view help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l current -d 'Also make it the current context'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from view" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from view" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from view" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from view" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from view" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from view" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from view" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from view" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from view" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from view" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from view" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from view" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from view" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from view" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from view" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from view" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from view" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from view" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from view" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from view" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from view" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from view" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from view" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from view" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from view" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from view" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get-contexts" -d 'List the contexts; the current one is marked with *'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "current-context" -d 'Print the name of the current context'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "use-context" -d 'Make NAME the current context'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set-context" -d 'Create or update a context from the connection flags'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "delete-context" -d 'Delete a context'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "view" -d 'Print the configuration file with secrets redacted'
complete -c mskctl -n "__fish_mskctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -f -a "list" -d 'List topics'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -f -a "describe" -d 'Show a topic\'s partitions (leader, replicas, ISR) and its non-default configs'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -f -a "create" -d 'Create a topic'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -f -a "delete" -d 'Delete topics (destructive: asks on a terminal, needs --yes otherwise)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -f -a "alter" -d 'Increase a topic\'s partition count (partitions can never be removed; keys move, so it asks or needs --yes)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -f -a "config" -d 'Read and change topic configs (incrementally: other keys are never touched)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -f -a "tail" -d 'Print records from a topic (key, value, partition, offset, timestamp, headers)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -f -a "produce" -d 'Write records to a topic: one per stdin line, or --value'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -f -a "health" -d 'Report under-replicated, offline and under-min-ISR partitions (exit 4 when any)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and not __fish_seen_subcommand_from list describe create delete alter config tail produce health help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from list" -l pattern -d 'Only topics whose name matches this regular expression' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from list" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from list" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from list" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from list" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from list" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from list" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from list" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from list" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from list" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from list" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from list" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from list" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from list" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from list" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from list" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from list" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from list" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from list" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from list" -l internal -d 'Include internal topics (__consumer_offsets, ...)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from list" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from list" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from describe" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from describe" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from describe" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from describe" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from describe" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from describe" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from describe" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from describe" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from describe" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from describe" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from describe" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from describe" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from describe" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from describe" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from describe" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from describe" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from describe" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from describe" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from describe" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from describe" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from describe" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from describe" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from describe" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from describe" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from describe" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from create" -l partitions -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from create" -l replication-factor -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from create" -l config -d 'Topic config, repeatable' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from create" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from create" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from create" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from create" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from create" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from create" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from create" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from create" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from create" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from create" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from create" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from create" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from create" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from create" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from create" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from create" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from create" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from create" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from create" -l if-not-exists -d 'Succeed without changes when the topic already exists'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from create" -l validate-only -d 'Ask the cluster to validate the request without creating anything'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from create" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from create" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from create" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from create" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from delete" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from delete" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from delete" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from delete" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from delete" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from delete" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from delete" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from delete" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from delete" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from delete" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from delete" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from delete" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from delete" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from delete" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from delete" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from delete" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from delete" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from delete" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from delete" -l allow-data-loss -d 'Delete topics that hold records or are consumed by a group (otherwise refused)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from delete" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from delete" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from delete" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from delete" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from alter" -l partitions -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from alter" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from alter" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from alter" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from alter" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from alter" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from alter" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from alter" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from alter" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from alter" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from alter" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from alter" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from alter" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from alter" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from alter" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from alter" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from alter" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from alter" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from alter" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from alter" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from alter" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from alter" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from alter" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from alter" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from alter" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from alter" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from alter" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from config" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from config" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from config" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from config" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from config" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from config" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from config" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from config" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from config" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from config" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from config" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from config" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from config" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from config" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from config" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from config" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from config" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from config" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from config" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from config" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from config" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from config" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from config" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from config" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from config" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from config" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from config" -f -a "get" -d 'Show a topic\'s non-default configs (all configs with --all)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set topic configs (a change that can lose data asks, or needs --yes)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from config" -f -a "delete" -d 'Remove topic configs (they return to the cluster default)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from config" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -l partition -d 'Only this partition' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -l offset -d 'Start at this offset; negative counts back from the end (-10: the last 10)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -l since -d 'Start at the first record at or after this time: RFC 3339 or a duration ago (15m, 2h, 7d)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -l max -d 'Stop after this many records in total' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -l group -d 'Consumer group to commit the read positions to (nothing is committed without it)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -l decode -d 'Decode registry-framed keys and values to JSON (default: auto when a schema registry is configured)' -r -f -a "auto\t'Decode registry-framed records when a registry is configured'
none\t'Show the bytes as they are'"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -l from-beginning -d 'Start at each partition\'s earliest record'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -l follow -d 'Keep waiting for new records (until Ctrl-C or --max)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from tail" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -l key -d 'Record key (the same for every record)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -l partition -d 'Write to this partition instead of the key\'s (or a random) one' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -l header -d 'Record header, repeatable' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -l value -d 'Write this one record instead of reading stdin' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -l acks -d 'Acknowledgement required: all (every in-sync replica), 1 (the leader) or 0 (none)' -r -f -a "all\t''
1\t''
0\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -l value-subject -d 'Encode each line (a JSON value) with this subject\'s schema, registry-framed' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -l key-subject -d 'Encode --key (a JSON value) with this subject\'s schema, registry-framed' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -l schema-version -d 'Which version of the subjects\' schemas to write with' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from produce" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from health" -l topic -d 'Only topics whose name matches this regular expression' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from health" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from health" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from health" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from health" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from health" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from health" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from health" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from health" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from health" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from health" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from health" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from health" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from health" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from health" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from health" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from health" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from health" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from health" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from health" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from health" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from health" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from health" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from health" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from health" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from health" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from health" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from help" -f -a "list" -d 'List topics'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from help" -f -a "describe" -d 'Show a topic\'s partitions (leader, replicas, ISR) and its non-default configs'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a topic'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete topics (destructive: asks on a terminal, needs --yes otherwise)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from help" -f -a "alter" -d 'Increase a topic\'s partition count (partitions can never be removed; keys move, so it asks or needs --yes)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from help" -f -a "config" -d 'Read and change topic configs (incrementally: other keys are never touched)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from help" -f -a "tail" -d 'Print records from a topic (key, value, partition, offset, timestamp, headers)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from help" -f -a "produce" -d 'Write records to a topic: one per stdin line, or --value'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from help" -f -a "health" -d 'Report under-replicated, offline and under-min-ISR partitions (exit 4 when any)'
complete -c mskctl -n "__fish_mskctl_using_subcommand topic; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and not __fish_seen_subcommand_from get set purge help" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and not __fish_seen_subcommand_from get set purge help" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and not __fish_seen_subcommand_from get set purge help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and not __fish_seen_subcommand_from get set purge help" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and not __fish_seen_subcommand_from get set purge help" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and not __fish_seen_subcommand_from get set purge help" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and not __fish_seen_subcommand_from get set purge help" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and not __fish_seen_subcommand_from get set purge help" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and not __fish_seen_subcommand_from get set purge help" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and not __fish_seen_subcommand_from get set purge help" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and not __fish_seen_subcommand_from get set purge help" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and not __fish_seen_subcommand_from get set purge help" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and not __fish_seen_subcommand_from get set purge help" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and not __fish_seen_subcommand_from get set purge help" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and not __fish_seen_subcommand_from get set purge help" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and not __fish_seen_subcommand_from get set purge help" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and not __fish_seen_subcommand_from get set purge help" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and not __fish_seen_subcommand_from get set purge help" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and not __fish_seen_subcommand_from get set purge help" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and not __fish_seen_subcommand_from get set purge help" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and not __fish_seen_subcommand_from get set purge help" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and not __fish_seen_subcommand_from get set purge help" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and not __fish_seen_subcommand_from get set purge help" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and not __fish_seen_subcommand_from get set purge help" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and not __fish_seen_subcommand_from get set purge help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and not __fish_seen_subcommand_from get set purge help" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and not __fish_seen_subcommand_from get set purge help" -f -a "get" -d 'Show retention by time and size, in human units and raw'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and not __fish_seen_subcommand_from get set purge help" -f -a "set" -d 'Change retention; lowering it deletes data, so it is confirmed (or --yes)'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and not __fish_seen_subcommand_from get set purge help" -f -a "purge" -d 'Delete records before an offset or a time (destructive) with DeleteRecords'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and not __fish_seen_subcommand_from get set purge help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from get" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from get" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from get" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from get" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from get" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from get" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from get" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from get" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from get" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from get" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from get" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from get" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from get" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from get" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from get" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from get" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from get" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from get" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from get" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from get" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from get" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from get" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l time -d 'retention.ms, e.g. 7d, 36h, infinite' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l bytes -d 'retention.bytes (per partition), e.g. 50GiB, infinite' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from set" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from set" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from purge" -l partition -d 'Only this partition (default: all)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from purge" -l before-offset -d 'Delete records below this offset' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from purge" -l before -d 'Delete records older than this time (RFC 3339)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from purge" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from purge" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from purge" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from purge" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from purge" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from purge" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from purge" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from purge" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from purge" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from purge" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from purge" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from purge" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from purge" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from purge" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from purge" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from purge" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from purge" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from purge" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from purge" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from purge" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from purge" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from purge" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from purge" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from purge" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from purge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from purge" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show retention by time and size, in human units and raw'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change retention; lowering it deletes data, so it is confirmed (or --yes)'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from help" -f -a "purge" -d 'Delete records before an offset or a time (destructive) with DeleteRecords'
complete -c mskctl -n "__fish_mskctl_using_subcommand retention; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and not __fish_seen_subcommand_from list drain help" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and not __fish_seen_subcommand_from list drain help" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and not __fish_seen_subcommand_from list drain help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and not __fish_seen_subcommand_from list drain help" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and not __fish_seen_subcommand_from list drain help" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and not __fish_seen_subcommand_from list drain help" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and not __fish_seen_subcommand_from list drain help" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and not __fish_seen_subcommand_from list drain help" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and not __fish_seen_subcommand_from list drain help" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and not __fish_seen_subcommand_from list drain help" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and not __fish_seen_subcommand_from list drain help" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and not __fish_seen_subcommand_from list drain help" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and not __fish_seen_subcommand_from list drain help" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and not __fish_seen_subcommand_from list drain help" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and not __fish_seen_subcommand_from list drain help" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and not __fish_seen_subcommand_from list drain help" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and not __fish_seen_subcommand_from list drain help" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and not __fish_seen_subcommand_from list drain help" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and not __fish_seen_subcommand_from list drain help" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and not __fish_seen_subcommand_from list drain help" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and not __fish_seen_subcommand_from list drain help" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and not __fish_seen_subcommand_from list drain help" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and not __fish_seen_subcommand_from list drain help" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and not __fish_seen_subcommand_from list drain help" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and not __fish_seen_subcommand_from list drain help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and not __fish_seen_subcommand_from list drain help" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and not __fish_seen_subcommand_from list drain help" -f -a "list" -d 'List brokers: id, address, rack, and which is the controller'
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and not __fish_seen_subcommand_from list drain help" -f -a "drain" -d 'Move every replica off the given brokers (plan + execute), e.g. before removing them'
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and not __fish_seen_subcommand_from list drain help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from list" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from list" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from list" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from list" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from list" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from list" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from list" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from list" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from list" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from list" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from list" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from list" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from list" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from list" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from list" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from list" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from list" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from list" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from list" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from list" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -l balance -d 'Primary goal (default: bytes when every partition\'s size is known, else replicas)' -r -f -a "bytes\t'Bytes per broker within 5% of the mean, replica counts within 10%, fewest bytes moved'
replicas\t'Replica counts and leaders, fewest replicas moved'"
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -l max-bytes -d 'At most this many bytes moved (e.g. 500GiB); whole partitions, like --max-moves' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -l capacity -d 'Disk capacity of each broker (a snapshot\'s capacity_bytes wins), e.g. 1TiB' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -l max-fill -d 'Refuse plans that fill a broker\'s capacity above this' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -l throttle -d 'Replication throttle while moving, bytes per second (e.g. 50MB/s, 100MiB)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -l batch -d 'Submit this many partition moves at a time, waiting for each batch' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -l rollback-out -d 'Where to write the rollback plan (default: reassign-rollback-<time>.json)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -l max-concurrent-per-broker -d 'At most N replicas arriving on one broker per batch (each batch waited for)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -l wait -d 'Wait for completion with progress, then verify and remove throttles'
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -l additional -d 'Start even while other reassignments are in progress (their throttled replicas are kept)'
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -l pause-rebalancing -d 'On an MSK Express cluster with intelligent rebalancing ACTIVE: pause it for this move and resume it afterwards (needs --wait)'
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from drain" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from help" -f -a "list" -d 'List brokers: id, address, rack, and which is the controller'
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from help" -f -a "drain" -d 'Move every replica off the given brokers (plan + execute), e.g. before removing them'
complete -c mskctl -n "__fish_mskctl_using_subcommand broker; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and not __fish_seen_subcommand_from snapshot reassign throttle elect-leaders help" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and not __fish_seen_subcommand_from snapshot reassign throttle elect-leaders help" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and not __fish_seen_subcommand_from snapshot reassign throttle elect-leaders help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and not __fish_seen_subcommand_from snapshot reassign throttle elect-leaders help" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and not __fish_seen_subcommand_from snapshot reassign throttle elect-leaders help" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and not __fish_seen_subcommand_from snapshot reassign throttle elect-leaders help" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and not __fish_seen_subcommand_from snapshot reassign throttle elect-leaders help" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and not __fish_seen_subcommand_from snapshot reassign throttle elect-leaders help" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and not __fish_seen_subcommand_from snapshot reassign throttle elect-leaders help" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and not __fish_seen_subcommand_from snapshot reassign throttle elect-leaders help" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and not __fish_seen_subcommand_from snapshot reassign throttle elect-leaders help" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and not __fish_seen_subcommand_from snapshot reassign throttle elect-leaders help" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and not __fish_seen_subcommand_from snapshot reassign throttle elect-leaders help" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and not __fish_seen_subcommand_from snapshot reassign throttle elect-leaders help" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and not __fish_seen_subcommand_from snapshot reassign throttle elect-leaders help" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and not __fish_seen_subcommand_from snapshot reassign throttle elect-leaders help" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and not __fish_seen_subcommand_from snapshot reassign throttle elect-leaders help" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and not __fish_seen_subcommand_from snapshot reassign throttle elect-leaders help" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and not __fish_seen_subcommand_from snapshot reassign throttle elect-leaders help" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and not __fish_seen_subcommand_from snapshot reassign throttle elect-leaders help" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and not __fish_seen_subcommand_from snapshot reassign throttle elect-leaders help" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and not __fish_seen_subcommand_from snapshot reassign throttle elect-leaders help" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and not __fish_seen_subcommand_from snapshot reassign throttle elect-leaders help" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and not __fish_seen_subcommand_from snapshot reassign throttle elect-leaders help" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and not __fish_seen_subcommand_from snapshot reassign throttle elect-leaders help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and not __fish_seen_subcommand_from snapshot reassign throttle elect-leaders help" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and not __fish_seen_subcommand_from snapshot reassign throttle elect-leaders help" -f -a "snapshot" -d 'Write a cluster snapshot (brokers with racks, partitions with replicas and sizes) as JSON'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and not __fish_seen_subcommand_from snapshot reassign throttle elect-leaders help" -f -a "reassign" -d 'Plan, execute, watch, verify and cancel partition reassignments'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and not __fish_seen_subcommand_from snapshot reassign throttle elect-leaders help" -f -a "throttle" -d 'List or clear replication throttles (broker rates, topic replica lists)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and not __fish_seen_subcommand_from snapshot reassign throttle elect-leaders help" -f -a "elect-leaders" -d 'Elect leaders: preferred (safe) or unclean (may lose data)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and not __fish_seen_subcommand_from snapshot reassign throttle elect-leaders help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from snapshot" -l topics -d 'Only topics matching this regular expression' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from snapshot" -l out -d 'Write to this file instead of stdout' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from snapshot" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from snapshot" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from snapshot" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from snapshot" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from snapshot" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from snapshot" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from snapshot" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from snapshot" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from snapshot" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from snapshot" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from snapshot" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from snapshot" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from snapshot" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from snapshot" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from snapshot" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from snapshot" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from snapshot" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from snapshot" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from snapshot" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from snapshot" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from snapshot" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from snapshot" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from snapshot" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from snapshot" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from snapshot" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from snapshot" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from reassign" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from reassign" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from reassign" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from reassign" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from reassign" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from reassign" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from reassign" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from reassign" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from reassign" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from reassign" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from reassign" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from reassign" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from reassign" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from reassign" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from reassign" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from reassign" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from reassign" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from reassign" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from reassign" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from reassign" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from reassign" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from reassign" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from reassign" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from reassign" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from reassign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from reassign" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from reassign" -f -a "plan" -d 'Plan a minimal-movement reassignment (Kafka\'s reassignment JSON with -o json)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from reassign" -f -a "execute" -d 'Execute a reassignment plan: rollback file first, throttles, batches, progress'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from reassign" -f -a "status" -d 'Reassignments in progress, with target and current replicas'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from reassign" -f -a "verify" -d 'Compare the cluster with a plan; remove the throttles once nothing is moving'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from reassign" -f -a "cancel" -d 'Cancel the plan\'s reassignments in progress (replicas return to where they were)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from reassign" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from throttle" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from throttle" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from throttle" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from throttle" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from throttle" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from throttle" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from throttle" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from throttle" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from throttle" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from throttle" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from throttle" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from throttle" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from throttle" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from throttle" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from throttle" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from throttle" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from throttle" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from throttle" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from throttle" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from throttle" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from throttle" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from throttle" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from throttle" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from throttle" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from throttle" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from throttle" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from throttle" -f -a "list" -d 'Replication throttles set on brokers (rates) and topics (throttled replicas)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from throttle" -f -a "clear" -d 'Remove replication throttles (shown first; asks, or --yes)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from throttle" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from elect-leaders" -l topic -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from elect-leaders" -l partition -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from elect-leaders" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from elect-leaders" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from elect-leaders" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from elect-leaders" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from elect-leaders" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from elect-leaders" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from elect-leaders" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from elect-leaders" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from elect-leaders" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from elect-leaders" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from elect-leaders" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from elect-leaders" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from elect-leaders" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from elect-leaders" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from elect-leaders" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from elect-leaders" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from elect-leaders" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from elect-leaders" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from elect-leaders" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from elect-leaders" -l preferred -d 'Move leadership back to each partition\'s first (preferred) replica'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from elect-leaders" -l unclean -d 'Elect an out-of-sync replica when no in-sync one is available (destructive)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from elect-leaders" -l all -d 'Every partition of the cluster'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from elect-leaders" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from elect-leaders" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from elect-leaders" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from elect-leaders" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from elect-leaders" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from elect-leaders" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from elect-leaders" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from help" -f -a "snapshot" -d 'Write a cluster snapshot (brokers with racks, partitions with replicas and sizes) as JSON'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from help" -f -a "reassign" -d 'Plan, execute, watch, verify and cancel partition reassignments'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from help" -f -a "throttle" -d 'List or clear replication throttles (broker rates, topic replica lists)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from help" -f -a "elect-leaders" -d 'Elect leaders: preferred (safe) or unclean (may lose data)'
complete -c mskctl -n "__fish_mskctl_using_subcommand partition; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -f -a "list" -d 'List consumer groups: id, state, protocol type, member count'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -f -a "describe" -d 'Show a group\'s members and assignments, and committed offset, log end and lag per partition'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -f -a "lag" -d 'Total and maximum lag and time lag per group (exit 4 when over --threshold or --max-time-lag)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -f -a "reset-offsets" -d 'Move a group\'s committed offsets (dry run unless --execute; the group must have no members)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -f -a "delete" -d 'Delete consumer groups and their committed offsets (destructive; groups must have no members)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -f -a "delete-offsets" -d 'Delete a group\'s committed offsets for topics it no longer consumes (destructive)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and not __fish_seen_subcommand_from list describe lag reset-offsets delete delete-offsets help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from list" -l state -d 'Only groups in this state' -r -f -a "stable\t''
preparing-rebalance\t''
completing-rebalance\t''
empty\t''
dead\t''
assigning\t''
reconciling\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from list" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from list" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from list" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from list" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from list" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from list" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from list" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from list" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from list" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from list" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from list" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from list" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from list" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from list" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from list" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from list" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from list" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from list" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from list" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from list" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from describe" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from describe" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from describe" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from describe" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from describe" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from describe" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from describe" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from describe" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from describe" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from describe" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from describe" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from describe" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from describe" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from describe" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from describe" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from describe" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from describe" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from describe" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from describe" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from describe" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from describe" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from describe" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from describe" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from describe" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from describe" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from lag" -l topic -d 'Only partitions of topics matching this regular expression' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from lag" -l threshold -d 'Exit 4 when any group\'s total lag is above N messages' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from lag" -l max-time-lag -d 'Exit 4 when any group\'s oldest unconsumed record is older than this, e.g. 30s, 5m, 1h' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from lag" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from lag" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from lag" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from lag" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from lag" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from lag" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from lag" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from lag" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from lag" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from lag" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from lag" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from lag" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from lag" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from lag" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from lag" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from lag" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from lag" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from lag" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from lag" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from lag" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from lag" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from lag" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from lag" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from lag" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from lag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from lag" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l topic -d 'Topic, optionally with partitions (orders:0,1); repeatable' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l to-datetime -d 'The first offset at or after this time (RFC 3339)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l to-offset -d 'This offset on every selected partition' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l shift-by -d 'The committed offset plus N (negative: back)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l by-duration -d 'The first offset at or after this long ago, e.g. 30m, 2h, 1d' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l from-file -d 'Exactly the offsets in this CSV file: topic,partition,offset (as kafka-consumer-groups --export writes) or a backup (group,topic,partition,offset)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l backup -d 'Back up the group\'s committed offsets to this new file before committing (default: $XDG_STATE_HOME/mskctl/offsets/GROUP-UTCSTAMP.csv)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l all-topics -d 'Every partition the group has committed offsets for'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l to-earliest -d 'The earliest offset still in the log'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l to-latest -d 'The log end (skip everything not yet read)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l execute -d 'Commit the new offsets (without it, only show them)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l export -d 'Print the planned offsets as topic,partition,offset CSV (dry run only)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from reset-offsets" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete-offsets" -l topic -d 'Topic, optionally with partitions (orders:0,1); repeatable' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete-offsets" -l backup -d 'Back up the group\'s committed offsets to this new file first (default: $XDG_STATE_HOME/mskctl/offsets/GROUP-UTCSTAMP.csv)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete-offsets" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete-offsets" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete-offsets" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete-offsets" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete-offsets" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete-offsets" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete-offsets" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete-offsets" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete-offsets" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete-offsets" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete-offsets" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete-offsets" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete-offsets" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete-offsets" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete-offsets" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete-offsets" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete-offsets" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete-offsets" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete-offsets" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete-offsets" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete-offsets" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete-offsets" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete-offsets" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete-offsets" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete-offsets" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from delete-offsets" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "list" -d 'List consumer groups: id, state, protocol type, member count'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "describe" -d 'Show a group\'s members and assignments, and committed offset, log end and lag per partition'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "lag" -d 'Total and maximum lag and time lag per group (exit 4 when over --threshold or --max-time-lag)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "reset-offsets" -d 'Move a group\'s committed offsets (dry run unless --execute; the group must have no members)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete consumer groups and their committed offsets (destructive; groups must have no members)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "delete-offsets" -d 'Delete a group\'s committed offsets for topics it no longer consumes (destructive)'
complete -c mskctl -n "__fish_mskctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and not __fish_seen_subcommand_from list create delete help" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and not __fish_seen_subcommand_from list create delete help" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and not __fish_seen_subcommand_from list create delete help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and not __fish_seen_subcommand_from list create delete help" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and not __fish_seen_subcommand_from list create delete help" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and not __fish_seen_subcommand_from list create delete help" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and not __fish_seen_subcommand_from list create delete help" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and not __fish_seen_subcommand_from list create delete help" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and not __fish_seen_subcommand_from list create delete help" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and not __fish_seen_subcommand_from list create delete help" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and not __fish_seen_subcommand_from list create delete help" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and not __fish_seen_subcommand_from list create delete help" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and not __fish_seen_subcommand_from list create delete help" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and not __fish_seen_subcommand_from list create delete help" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and not __fish_seen_subcommand_from list create delete help" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and not __fish_seen_subcommand_from list create delete help" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and not __fish_seen_subcommand_from list create delete help" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and not __fish_seen_subcommand_from list create delete help" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and not __fish_seen_subcommand_from list create delete help" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and not __fish_seen_subcommand_from list create delete help" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and not __fish_seen_subcommand_from list create delete help" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and not __fish_seen_subcommand_from list create delete help" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and not __fish_seen_subcommand_from list create delete help" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and not __fish_seen_subcommand_from list create delete help" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and not __fish_seen_subcommand_from list create delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and not __fish_seen_subcommand_from list create delete help" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and not __fish_seen_subcommand_from list create delete help" -f -a "list" -d 'List ACL bindings, optionally filtered'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and not __fish_seen_subcommand_from list create delete help" -f -a "create" -d 'Allow or deny operations on a resource to a principal'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and not __fish_seen_subcommand_from list create delete help" -f -a "delete" -d 'Delete the ACL bindings a filter matches (shown first; destructive)'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and not __fish_seen_subcommand_from list create delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l principal -d 'Only bindings for this principal, TYPE:NAME (e.g. User:alice)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l resource-type -d 'Only bindings on this kind of resource' -r -f -a "topic\t''
group\t''
cluster\t''
transactional-id\t''
delegation-token\t''
user\t'A user principal\'s name, for delegation tokens created or described on its behalf'"
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l resource-name -d 'Only bindings on this resource name' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l topic -d 'Only bindings on this topic (same as --resource-type topic --resource-name NAME)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l group -d 'Only bindings on this consumer group' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l transactional-id -d 'Only bindings on this transactional id' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l user -d 'Only bindings on this user (delegation-token operations on its behalf)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l pattern-type -d 'How the resource name is matched against bindings' -r -f -a "literal\t'Literal bindings with exactly this name'
prefixed\t'Prefixed bindings with exactly this prefix'
match\t'Every binding that applies to a resource of this name: literal, wildcard (*) and matching prefixes'
any\t'Literal or prefixed bindings with exactly this name'"
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l operation -d 'Only bindings for this operation' -r -f -a "all\t''
read\t''
write\t''
create\t''
delete\t''
alter\t''
describe\t''
cluster-action\t''
describe-configs\t''
alter-configs\t''
idempotent-write\t''
create-tokens\t''
describe-tokens\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l host -d 'Only bindings for this client host (* matches only bindings for any host)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l cluster -d 'Only bindings on the cluster itself'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l allow -d 'Only bindings that allow'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l deny -d 'Only bindings that deny'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -l principal -d 'Who the binding is for, TYPE:NAME (e.g. User:alice, User:* for everyone); repeatable' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -l operation -d 'Operations (space- or comma-separated)' -r -f -a "all\t''
read\t''
write\t''
create\t''
delete\t''
alter\t''
describe\t''
cluster-action\t''
describe-configs\t''
alter-configs\t''
idempotent-write\t''
create-tokens\t''
describe-tokens\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -l topic -d 'A topic (or topic name prefix with --pattern-type prefixed; * for all)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -l group -d 'A consumer group (or prefix; * for all)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -l transactional-id -d 'A transactional id (or prefix; * for all)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -l user -d 'A user (principal name, e.g. alice), for the delegation-token operations on its behalf' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -l pattern-type -d 'Whether the name is exact or a prefix' -r -f -a "literal\t''
prefixed\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -l host -d 'The client host the binding applies to (* for any)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -l allow -d 'Grant the operations'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -l deny -d 'Forbid the operations (a deny wins over any allow)'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -l cluster -d 'The cluster itself'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l principal -d 'Only bindings for this principal, TYPE:NAME (e.g. User:alice)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l resource-type -d 'Only bindings on this kind of resource' -r -f -a "topic\t''
group\t''
cluster\t''
transactional-id\t''
delegation-token\t''
user\t'A user principal\'s name, for delegation tokens created or described on its behalf'"
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l resource-name -d 'Only bindings on this resource name' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l topic -d 'Only bindings on this topic (same as --resource-type topic --resource-name NAME)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l group -d 'Only bindings on this consumer group' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l transactional-id -d 'Only bindings on this transactional id' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l user -d 'Only bindings on this user (delegation-token operations on its behalf)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l pattern-type -d 'How the resource name is matched against bindings' -r -f -a "literal\t'Literal bindings with exactly this name'
prefixed\t'Prefixed bindings with exactly this prefix'
match\t'Every binding that applies to a resource of this name: literal, wildcard (*) and matching prefixes'
any\t'Literal or prefixed bindings with exactly this name'"
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l operation -d 'Only bindings for this operation' -r -f -a "all\t''
read\t''
write\t''
create\t''
delete\t''
alter\t''
describe\t''
cluster-action\t''
describe-configs\t''
alter-configs\t''
idempotent-write\t''
create-tokens\t''
describe-tokens\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l host -d 'Only bindings for this client host (* matches only bindings for any host)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l cluster -d 'Only bindings on the cluster itself'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l allow -d 'Only bindings that allow'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l deny -d 'Only bindings that deny'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from help" -f -a "list" -d 'List ACL bindings, optionally filtered'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from help" -f -a "create" -d 'Allow or deny operations on a resource to a principal'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete the ACL bindings a filter matches (shown first; destructive)'
complete -c mskctl -n "__fish_mskctl_using_subcommand acl; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and not __fish_seen_subcommand_from list set delete help" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and not __fish_seen_subcommand_from list set delete help" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and not __fish_seen_subcommand_from list set delete help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and not __fish_seen_subcommand_from list set delete help" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and not __fish_seen_subcommand_from list set delete help" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and not __fish_seen_subcommand_from list set delete help" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and not __fish_seen_subcommand_from list set delete help" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and not __fish_seen_subcommand_from list set delete help" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and not __fish_seen_subcommand_from list set delete help" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and not __fish_seen_subcommand_from list set delete help" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and not __fish_seen_subcommand_from list set delete help" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and not __fish_seen_subcommand_from list set delete help" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and not __fish_seen_subcommand_from list set delete help" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and not __fish_seen_subcommand_from list set delete help" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and not __fish_seen_subcommand_from list set delete help" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and not __fish_seen_subcommand_from list set delete help" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and not __fish_seen_subcommand_from list set delete help" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and not __fish_seen_subcommand_from list set delete help" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and not __fish_seen_subcommand_from list set delete help" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and not __fish_seen_subcommand_from list set delete help" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and not __fish_seen_subcommand_from list set delete help" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and not __fish_seen_subcommand_from list set delete help" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and not __fish_seen_subcommand_from list set delete help" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and not __fish_seen_subcommand_from list set delete help" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and not __fish_seen_subcommand_from list set delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and not __fish_seen_subcommand_from list set delete help" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and not __fish_seen_subcommand_from list set delete help" -f -a "list" -d 'List client quotas (all, or those of an entity)'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and not __fish_seen_subcommand_from list set delete help" -f -a "set" -d 'Set quota values of an entity (lowering a limit is risky: confirmed, or --yes)'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and not __fish_seen_subcommand_from list set delete help" -f -a "delete" -d 'Remove quota keys from an entity (destructive: confirmed, or --yes)'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and not __fish_seen_subcommand_from list set delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from list" -l user -d 'A user (principal name, e.g. alice)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from list" -l client-id -d 'A client id' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from list" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from list" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from list" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from list" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from list" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from list" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from list" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from list" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from list" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from list" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from list" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from list" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from list" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from list" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from list" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from list" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from list" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from list" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from list" -l default-user -d 'Kafka\'s default user entity (applies to users without their own quota)'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from list" -l default-client-id -d 'Kafka\'s default client-id entity'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from list" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from list" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l user -d 'A user (principal name, e.g. alice)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l client-id -d 'A client id' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from set" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l default-user -d 'Kafka\'s default user entity (applies to users without their own quota)'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l default-client-id -d 'Kafka\'s default client-id entity'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from delete" -l user -d 'A user (principal name, e.g. alice)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from delete" -l client-id -d 'A client id' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from delete" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from delete" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from delete" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from delete" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from delete" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from delete" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from delete" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from delete" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from delete" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from delete" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from delete" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from delete" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from delete" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from delete" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from delete" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from delete" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from delete" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from delete" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from delete" -l default-user -d 'Kafka\'s default user entity (applies to users without their own quota)'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from delete" -l default-client-id -d 'Kafka\'s default client-id entity'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from delete" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from delete" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from delete" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from delete" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from help" -f -a "list" -d 'List client quotas (all, or those of an entity)'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set quota values of an entity (lowering a limit is risky: confirmed, or --yes)'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Remove quota keys from an entity (destructive: confirmed, or --yes)'
complete -c mskctl -n "__fish_mskctl_using_subcommand quota; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and not __fish_seen_subcommand_from list set delete help" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and not __fish_seen_subcommand_from list set delete help" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and not __fish_seen_subcommand_from list set delete help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and not __fish_seen_subcommand_from list set delete help" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and not __fish_seen_subcommand_from list set delete help" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and not __fish_seen_subcommand_from list set delete help" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and not __fish_seen_subcommand_from list set delete help" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and not __fish_seen_subcommand_from list set delete help" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and not __fish_seen_subcommand_from list set delete help" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and not __fish_seen_subcommand_from list set delete help" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and not __fish_seen_subcommand_from list set delete help" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and not __fish_seen_subcommand_from list set delete help" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and not __fish_seen_subcommand_from list set delete help" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and not __fish_seen_subcommand_from list set delete help" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and not __fish_seen_subcommand_from list set delete help" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and not __fish_seen_subcommand_from list set delete help" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and not __fish_seen_subcommand_from list set delete help" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and not __fish_seen_subcommand_from list set delete help" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and not __fish_seen_subcommand_from list set delete help" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and not __fish_seen_subcommand_from list set delete help" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and not __fish_seen_subcommand_from list set delete help" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and not __fish_seen_subcommand_from list set delete help" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and not __fish_seen_subcommand_from list set delete help" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and not __fish_seen_subcommand_from list set delete help" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and not __fish_seen_subcommand_from list set delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and not __fish_seen_subcommand_from list set delete help" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and not __fish_seen_subcommand_from list set delete help" -f -a "list" -d 'List SCRAM users: user, mechanisms, iterations'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and not __fish_seen_subcommand_from list set delete help" -f -a "set" -d 'Create or replace a user\'s SCRAM credential (replacing is risky: confirmed, or --yes)'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and not __fish_seen_subcommand_from list set delete help" -f -a "delete" -d 'Delete a user\'s SCRAM credentials (destructive: confirmed, or --yes)'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and not __fish_seen_subcommand_from list set delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from list" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from list" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from list" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from list" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from list" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from list" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from list" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from list" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from list" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from list" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from list" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from list" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from list" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from list" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from list" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from list" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from list" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from list" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from list" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from list" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from set" -l mechanism -d 'SCRAM mechanism' -r -f -a "SCRAM-SHA-256\t''
SCRAM-SHA-512\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from set" -l password-env -d 'Name of the environment variable holding the password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from set" -l password-file -d 'File whose first line is the password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from set" -l iterations -d 'PBKDF2 iterations (Kafka accepts 4096 to 16384)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from set" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from set" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from set" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from set" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from set" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from set" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from set" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from set" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from set" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from set" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from set" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from set" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from set" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from set" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from set" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from set" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from set" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from set" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from set" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from set" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from set" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from set" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l mechanism -d 'Only this mechanism (default: every mechanism the user has)' -r -f -a "SCRAM-SHA-256\t''
SCRAM-SHA-512\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from delete" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'List SCRAM users: user, mechanisms, iterations'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "set" -d 'Create or replace a user\'s SCRAM credential (replacing is risky: confirmed, or --yes)'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a user\'s SCRAM credentials (destructive: confirmed, or --yes)'
complete -c mskctl -n "__fish_mskctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -f -a "list" -d 'List MSK clusters in the account and region'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -f -a "describe" -d 'Show a cluster: state, Kafka version, brokers, storage, auth, endpoints'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -f -a "bootstrap" -d 'Print the bootstrap servers for one kind of client authentication'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -f -a "nodes" -d 'List the broker nodes: id, instance type, subnet, endpoints'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -f -a "operations" -d 'List the cluster\'s operations (updates, creation, reboots), newest first'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -f -a "create" -d 'Create the cluster a Cluster manifest describes'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -f -a "delete" -d 'Delete a cluster (destructive: asks on a terminal, needs --yes otherwise)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -f -a "wait" -d 'Wait until a cluster reaches a state (ACTIVE by default)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -f -a "scale" -d 'Change the number of brokers (a multiple of the Availability Zone count)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -f -a "storage" -d 'Grow every broker\'s storage (it can never shrink)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -f -a "broker-type" -d 'Change the broker instance type (a rolling update, one broker at a time)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -f -a "configuration" -d 'MSK configurations (server.properties with revisions)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -f -a "scram" -d 'SASL/SCRAM users: the Secrets Manager secrets associated with a cluster'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -f -a "rebalancing" -d 'Intelligent rebalancing of an Express cluster: pause or resume it'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -f -a "reboot-broker" -d 'Reboot one broker (RebootBroker; its partitions lose a replica meanwhile)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -f -a "restart" -d 'Restart every broker, one at a time, waiting for the ISRs in between'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -f -a "versions" -d 'List the Kafka versions the cluster can be upgraded to'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and not __fish_seen_subcommand_from list describe bootstrap nodes operations create delete wait scale storage broker-type configuration scram rebalancing reboot-broker restart versions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from list" -l name-prefix -d 'Only clusters whose name starts with this' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from list" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from list" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from list" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from list" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from list" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from list" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from list" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from list" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from list" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from list" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from list" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from list" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from list" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from list" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from list" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from list" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from list" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from list" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from list" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from list" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from describe" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from describe" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from describe" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from describe" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from describe" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from describe" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from describe" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from describe" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from describe" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from describe" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from describe" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from describe" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from describe" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from describe" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from describe" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from describe" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from describe" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from describe" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from describe" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from describe" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from describe" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from describe" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from describe" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from describe" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from describe" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from bootstrap" -l auth -d 'Client authentication whose listener to use' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from bootstrap" -l network -d 'Which network\'s listeners: private (the cluster\'s VPC, IPv4), public, vpc-connectivity (multi-VPC private connectivity) or ipv6' -r -f -a "private\t''
public\t''
vpc-connectivity\t''
ipv6\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from bootstrap" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from bootstrap" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from bootstrap" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from bootstrap" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from bootstrap" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from bootstrap" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from bootstrap" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from bootstrap" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from bootstrap" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from bootstrap" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from bootstrap" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from bootstrap" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from bootstrap" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from bootstrap" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from bootstrap" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from bootstrap" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from bootstrap" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from bootstrap" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from bootstrap" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from bootstrap" -l public -d 'The public endpoints (public access must be on); the same as --network public'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from bootstrap" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from bootstrap" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from bootstrap" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from bootstrap" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from bootstrap" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from bootstrap" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from bootstrap" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from nodes" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from nodes" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from nodes" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from nodes" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from nodes" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from nodes" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from nodes" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from nodes" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from nodes" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from nodes" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from nodes" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from nodes" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from nodes" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from nodes" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from nodes" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from nodes" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from nodes" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from nodes" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from nodes" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from nodes" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from nodes" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from nodes" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from nodes" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from nodes" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from nodes" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from nodes" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from operations" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from operations" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from operations" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from operations" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from operations" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from operations" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from operations" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from operations" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from operations" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from operations" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from operations" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from operations" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from operations" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from operations" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from operations" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from operations" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from operations" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from operations" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from operations" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from operations" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from operations" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from operations" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from operations" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from operations" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from operations" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from operations" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from create" -s f -l filename -d 'Manifest files or directories (recursive, *.yaml / *.yml); - for stdin' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from create" -l set -d 'Value of a manifest variable ${NAME}; repeatable, wins over every other source' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from create" -l values -d 'YAML file mapping variable names to values; repeatable, later files win' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from create" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from create" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from create" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from create" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from create" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from create" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from create" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from create" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from create" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from create" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from create" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from create" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from create" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from create" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from create" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from create" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from create" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from create" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from create" -l dry-run -d 'Show what would be created, change nothing'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from create" -l wait -d 'Wait until the operation is over, up to --timeout (default here: 2h); Ctrl-C stops waiting, never the operation'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from create" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from create" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from create" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from create" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from delete" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from delete" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from delete" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from delete" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from delete" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from delete" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from delete" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from delete" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from delete" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from delete" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from delete" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from delete" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from delete" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from delete" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from delete" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from delete" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from delete" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from delete" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from delete" -l wait -d 'Wait until the operation is over, up to --timeout (default here: 2h); Ctrl-C stops waiting, never the operation'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from delete" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from delete" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from delete" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from delete" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from wait" -l state -d 'The state to wait for' -r -f -a "ACTIVE\t''
CREATING\t''
UPDATING\t''
DELETING\t''
MAINTENANCE\t''
REBOOTING_BROKER\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from wait" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from wait" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from wait" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from wait" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from wait" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from wait" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from wait" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from wait" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from wait" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from wait" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from wait" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from wait" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from wait" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from wait" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from wait" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from wait" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from wait" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from wait" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from wait" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from wait" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from wait" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from wait" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from wait" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from wait" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from wait" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -l brokers -d 'The new total number of brokers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -l throttle -d 'Replication throttle for --rebalance, bytes per second (e.g. 50MB/s)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -l balance -d 'Primary goal (default: bytes when every partition\'s size is known, else replicas)' -r -f -a "bytes\t'Bytes per broker within 5% of the mean, replica counts within 10%, fewest bytes moved'
replicas\t'Replica counts and leaders, fewest replicas moved'"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -l max-bytes -d 'At most this many bytes moved (e.g. 500GiB); whole partitions, like --max-moves' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -l capacity -d 'Disk capacity of each broker (a snapshot\'s capacity_bytes wins), e.g. 1TiB' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -l max-fill -d 'Refuse plans that fill a broker\'s capacity above this' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -l max-concurrent-per-broker -d 'With --rebalance: at most N replicas arriving on one broker at a time' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -l wait -d 'Wait until the operation is over, up to --timeout (default here: 2h); Ctrl-C stops waiting, never the operation'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -l rebalance -d 'Move partitions too: onto the new brokers after adding them, or off the brokers to remove (one per zone) before removing them'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -l pause-rebalancing -d 'On an Express cluster with intelligent rebalancing ACTIVE: pause it while --rebalance moves partitions, resume it afterwards'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scale" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from storage" -l size-gib -d 'The new EBS volume size of each broker, in GiB' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from storage" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from storage" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from storage" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from storage" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from storage" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from storage" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from storage" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from storage" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from storage" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from storage" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from storage" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from storage" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from storage" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from storage" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from storage" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from storage" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from storage" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from storage" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from storage" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from storage" -l wait -d 'Wait until the operation is over, up to --timeout (default here: 2h); Ctrl-C stops waiting, never the operation'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from storage" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from storage" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from storage" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from storage" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from storage" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from storage" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from storage" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from broker-type" -l type -d 'The new instance type, e.g. kafka.m7g.large' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from broker-type" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from broker-type" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from broker-type" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from broker-type" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from broker-type" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from broker-type" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from broker-type" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from broker-type" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from broker-type" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from broker-type" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from broker-type" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from broker-type" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from broker-type" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from broker-type" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from broker-type" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from broker-type" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from broker-type" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from broker-type" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from broker-type" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from broker-type" -l wait -d 'Wait until the operation is over, up to --timeout (default here: 2h); Ctrl-C stops waiting, never the operation'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from broker-type" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from broker-type" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from broker-type" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from broker-type" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from broker-type" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from broker-type" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from broker-type" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from configuration" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from configuration" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from configuration" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from configuration" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from configuration" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from configuration" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from configuration" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from configuration" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from configuration" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from configuration" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from configuration" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from configuration" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from configuration" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from configuration" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from configuration" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from configuration" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from configuration" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from configuration" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from configuration" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from configuration" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from configuration" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from configuration" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from configuration" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from configuration" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from configuration" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from configuration" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from configuration" -f -a "list" -d 'List configurations'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from configuration" -f -a "describe" -d 'Show a configuration revision with its server.properties'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from configuration" -f -a "create" -d 'Create a configuration from a server.properties file'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from configuration" -f -a "update" -d 'Add a revision to a configuration from a server.properties file'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from configuration" -f -a "attach" -d 'Make a cluster use a configuration revision (a rolling restart)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from configuration" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scram" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scram" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scram" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scram" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scram" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scram" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scram" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scram" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scram" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scram" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scram" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scram" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scram" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scram" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scram" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scram" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scram" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scram" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scram" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scram" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scram" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scram" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scram" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scram" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scram" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scram" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scram" -f -a "list" -d 'List the secrets associated with a cluster (-o json: their ARNs)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scram" -f -a "associate" -d 'Associate secrets: each one\'s user can then log in with SCRAM-SHA-512'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scram" -f -a "disassociate" -d 'Disassociate secrets: their users can no longer log in (asks, or --yes)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from scram" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from rebalancing" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from rebalancing" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from rebalancing" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from rebalancing" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from rebalancing" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from rebalancing" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from rebalancing" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from rebalancing" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from rebalancing" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from rebalancing" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from rebalancing" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from rebalancing" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from rebalancing" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from rebalancing" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from rebalancing" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from rebalancing" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from rebalancing" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from rebalancing" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from rebalancing" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from rebalancing" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from rebalancing" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from rebalancing" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from rebalancing" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from rebalancing" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from rebalancing" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from rebalancing" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from rebalancing" -f -a "pause" -d 'Pause intelligent rebalancing (risky: MSK stops balancing partitions)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from rebalancing" -f -a "resume" -d 'Resume intelligent rebalancing (safe: MSK\'s default)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from rebalancing" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from reboot-broker" -l broker -d 'The broker id to reboot (see `mskctl cluster nodes`)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from reboot-broker" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from reboot-broker" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from reboot-broker" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from reboot-broker" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from reboot-broker" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from reboot-broker" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from reboot-broker" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from reboot-broker" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from reboot-broker" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from reboot-broker" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from reboot-broker" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from reboot-broker" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from reboot-broker" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from reboot-broker" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from reboot-broker" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from reboot-broker" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from reboot-broker" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from reboot-broker" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from reboot-broker" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from reboot-broker" -l wait -d 'Wait until the operation is over, up to --timeout (default here: 2h); Ctrl-C stops waiting, never the operation'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from reboot-broker" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from reboot-broker" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from reboot-broker" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from reboot-broker" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from reboot-broker" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from reboot-broker" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from reboot-broker" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from restart" -l from-broker -d 'Start at this broker id (and go on in id order), e.g. to resume' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from restart" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from restart" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from restart" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from restart" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from restart" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from restart" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from restart" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from restart" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from restart" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from restart" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from restart" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from restart" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from restart" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from restart" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from restart" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from restart" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from restart" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from restart" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from restart" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from restart" -l rolling -d 'One broker at a time (the only kind of restart MSK offers)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from restart" -l wait -d 'Wait until the operation is over, up to --timeout (default here: 2h); Ctrl-C stops waiting, never the operation'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from restart" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from restart" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from restart" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from restart" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from restart" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from restart" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from versions" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from versions" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from versions" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from versions" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from versions" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from versions" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from versions" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from versions" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from versions" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from versions" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from versions" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from versions" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from versions" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from versions" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from versions" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from versions" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from versions" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from versions" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from versions" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from versions" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from versions" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from versions" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from versions" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from versions" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from versions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from versions" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "list" -d 'List MSK clusters in the account and region'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "describe" -d 'Show a cluster: state, Kafka version, brokers, storage, auth, endpoints'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "bootstrap" -d 'Print the bootstrap servers for one kind of client authentication'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "nodes" -d 'List the broker nodes: id, instance type, subnet, endpoints'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "operations" -d 'List the cluster\'s operations (updates, creation, reboots), newest first'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create the cluster a Cluster manifest describes'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a cluster (destructive: asks on a terminal, needs --yes otherwise)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "wait" -d 'Wait until a cluster reaches a state (ACTIVE by default)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "scale" -d 'Change the number of brokers (a multiple of the Availability Zone count)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "storage" -d 'Grow every broker\'s storage (it can never shrink)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "broker-type" -d 'Change the broker instance type (a rolling update, one broker at a time)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "configuration" -d 'MSK configurations (server.properties with revisions)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "scram" -d 'SASL/SCRAM users: the Secrets Manager secrets associated with a cluster'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "rebalancing" -d 'Intelligent rebalancing of an Express cluster: pause or resume it'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "reboot-broker" -d 'Reboot one broker (RebootBroker; its partitions lose a replica meanwhile)'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "restart" -d 'Restart every broker, one at a time, waiting for the ISRs in between'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "versions" -d 'List the Kafka versions the cluster can be upgraded to'
complete -c mskctl -n "__fish_mskctl_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and not __fish_seen_subcommand_from subjects get check register help" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and not __fish_seen_subcommand_from subjects get check register help" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and not __fish_seen_subcommand_from subjects get check register help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and not __fish_seen_subcommand_from subjects get check register help" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and not __fish_seen_subcommand_from subjects get check register help" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and not __fish_seen_subcommand_from subjects get check register help" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and not __fish_seen_subcommand_from subjects get check register help" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and not __fish_seen_subcommand_from subjects get check register help" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and not __fish_seen_subcommand_from subjects get check register help" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and not __fish_seen_subcommand_from subjects get check register help" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and not __fish_seen_subcommand_from subjects get check register help" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and not __fish_seen_subcommand_from subjects get check register help" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and not __fish_seen_subcommand_from subjects get check register help" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and not __fish_seen_subcommand_from subjects get check register help" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and not __fish_seen_subcommand_from subjects get check register help" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and not __fish_seen_subcommand_from subjects get check register help" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and not __fish_seen_subcommand_from subjects get check register help" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and not __fish_seen_subcommand_from subjects get check register help" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and not __fish_seen_subcommand_from subjects get check register help" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and not __fish_seen_subcommand_from subjects get check register help" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and not __fish_seen_subcommand_from subjects get check register help" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and not __fish_seen_subcommand_from subjects get check register help" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and not __fish_seen_subcommand_from subjects get check register help" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and not __fish_seen_subcommand_from subjects get check register help" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and not __fish_seen_subcommand_from subjects get check register help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and not __fish_seen_subcommand_from subjects get check register help" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and not __fish_seen_subcommand_from subjects get check register help" -f -a "subjects" -d 'List the registry\'s subjects'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and not __fish_seen_subcommand_from subjects get check register help" -f -a "get" -d 'Show one version of a subject\'s schema (the latest by default)'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and not __fish_seen_subcommand_from subjects get check register help" -f -a "check" -d 'Check a schema file against the subject under the registry\'s compatibility level (exit 4 when incompatible)'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and not __fish_seen_subcommand_from subjects get check register help" -f -a "register" -d 'Register a schema file as the subject\'s next version (risky under compatibility NONE: asks, or needs --yes)'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and not __fish_seen_subcommand_from subjects get check register help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from subjects" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from subjects" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from subjects" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from subjects" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from subjects" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from subjects" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from subjects" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from subjects" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from subjects" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from subjects" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from subjects" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from subjects" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from subjects" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from subjects" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from subjects" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from subjects" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from subjects" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from subjects" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from subjects" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from subjects" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from subjects" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from subjects" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from subjects" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from subjects" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from subjects" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from subjects" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from get" -l version -d 'Version number or latest' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from get" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from get" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from get" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from get" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from get" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from get" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from get" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from get" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from get" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from get" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from get" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from get" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from get" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from get" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from get" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from get" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from get" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from get" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from get" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from get" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from get" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from get" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from check" -s f -l file -d 'The schema: Avro (.avsc), Protobuf (.proto) or JSON Schema' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from check" -l type -d 'Schema type (default: the subject\'s, else from the file name: .proto protobuf, else avro)' -r -f -a "avro\t''
protobuf\t''
json\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from check" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from check" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from check" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from check" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from check" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from check" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from check" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from check" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from check" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from check" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from check" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from check" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from check" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from check" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from check" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from check" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from check" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from check" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from check" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from check" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from check" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from check" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from check" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from check" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from register" -s f -l file -d 'The schema: Avro (.avsc), Protobuf (.proto) or JSON Schema' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from register" -l type -d 'Schema type (default: the subject\'s, else from the file name: .proto protobuf, else avro)' -r -f -a "avro\t''
protobuf\t''
json\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from register" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from register" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from register" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from register" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from register" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from register" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from register" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from register" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from register" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from register" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from register" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from register" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from register" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from register" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from register" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from register" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from register" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from register" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from register" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from register" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from register" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from register" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from register" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from register" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from register" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from help" -f -a "subjects" -d 'List the registry\'s subjects'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one version of a subject\'s schema (the latest by default)'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check a schema file against the subject under the registry\'s compatibility level (exit 4 when incompatible)'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from help" -f -a "register" -d 'Register a schema file as the subject\'s next version (risky under compatibility NONE: asks, or needs --yes)'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema-registry; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mskctl -n "__fish_mskctl_using_subcommand validate" -s f -l filename -d 'Manifest files or directories (recursive, *.yaml / *.yml); - for stdin' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand validate" -l set -d 'Value of a manifest variable ${NAME}; repeatable, wins over every other source' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand validate" -l values -d 'YAML file mapping variable names to values; repeatable, later files win' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand validate" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand validate" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand validate" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand validate" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand validate" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand validate" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand validate" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand validate" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand validate" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand validate" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand validate" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand validate" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand validate" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand validate" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand validate" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand validate" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand validate" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand validate" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand validate" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand validate" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand validate" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand validate" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand validate" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand validate" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand validate" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -s f -l filename -d 'Manifest files or directories (recursive, *.yaml / *.yml); - for stdin' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -l set -d 'Value of a manifest variable ${NAME}; repeatable, wins over every other source' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -l values -d 'YAML file mapping variable names to values; repeatable, later files win' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -l out -d 'Save the plan for `apply --plan FILE`' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -l prune -d 'Also plan deleting what an Ownership document owns and no manifest declares'
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -l allow-data-loss -d 'Plan deleting topics that hold records or are consumed (otherwise refused)'
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -l exit-code -d 'Exit 3 when changes are pending, 0 when there are none'
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand plan" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -s f -l filename -d 'Manifest files or directories (recursive, *.yaml / *.yml); - for stdin' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -l set -d 'Value of a manifest variable ${NAME}; repeatable, wins over every other source' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -l values -d 'YAML file mapping variable names to values; repeatable, later files win' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -l out -d 'Save the plan for `apply --plan FILE`' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -l prune -d 'Also plan deleting what an Ownership document owns and no manifest declares'
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -l allow-data-loss -d 'Plan deleting topics that hold records or are consumed (otherwise refused)'
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -l exit-code -d 'Exit 3 when changes are pending, 0 when there are none'
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand diff" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand apply" -s f -l filename -d 'Manifest files or directories (recursive, *.yaml / *.yml); - for stdin' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand apply" -l plan -d 'Apply a plan saved with `plan --out`, exactly' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand apply" -l set -d 'Value of a manifest variable ${NAME}; repeatable, wins over every other source' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand apply" -l values -d 'YAML file mapping variable names to values; repeatable, later files win' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand apply" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand apply" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand apply" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand apply" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand apply" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand apply" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand apply" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand apply" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand apply" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand apply" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand apply" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand apply" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand apply" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand apply" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand apply" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand apply" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand apply" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand apply" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand apply" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand apply" -l prune -d 'Also delete what an Ownership document owns and no manifest declares'
complete -c mskctl -n "__fish_mskctl_using_subcommand apply" -l allow-data-loss -d 'Delete topics that hold records or are consumed (otherwise refused)'
complete -c mskctl -n "__fish_mskctl_using_subcommand apply" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand apply" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand apply" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand apply" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand apply" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand apply" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand export" -l pattern -d 'Only topics whose name matches this regular expression' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand export" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand export" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand export" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand export" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand export" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand export" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand export" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand export" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand export" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand export" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand export" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand export" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand export" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand export" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand export" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand export" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand export" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand export" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand export" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand export" -l internal -d 'Include internal topics'
complete -c mskctl -n "__fish_mskctl_using_subcommand export" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand export" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand export" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand export" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand export" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand export" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand schema" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand schema" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand schema" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand schema" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand schema" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand schema" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand schema" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand schema" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand schema" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand schema" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand schema" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand completions" -s b -l bootstrap-servers -d 'Bootstrap servers, HOST:PORT[,HOST:PORT...]' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand completions" -l context -d 'Context (connection profile) to use instead of the current one; typed as a flag, it also wins over MSKCTL_* connection variables' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand completions" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand completions" -l timeout -d 'Deadline of the whole command\'s network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand completions" -l security-protocol -d 'Security protocol' -r -f -a "PLAINTEXT\t''
SSL\t''
SASL_PLAINTEXT\t''
SASL_SSL\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand completions" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
AWS_MSK_IAM\t'SASL OAUTHBEARER with a token signed by the AWS credential chain'"
complete -c mskctl -n "__fish_mskctl_using_subcommand completions" -l sasl-username -d 'SASL username' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand completions" -l sasl-password-env -d 'Name of the environment variable that holds the SASL password' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand completions" -l sasl-password-file -d 'File whose first line is the SASL password' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand completions" -l tls-ca-file -d 'PEM file of CA certificates to trust (in addition to the system roots)' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand completions" -l tls-cert-file -d 'PEM client certificate for mutual TLS' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand completions" -l tls-key-file -d 'PEM private key of the client certificate' -r -F
complete -c mskctl -n "__fish_mskctl_using_subcommand completions" -l msk-cluster -d 'MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up through the AWS API, instead of --bootstrap-servers' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand completions" -l msk-auth -d 'Which MSK listener to use with --msk-cluster (default: iam)' -r -f -a "iam\t''
scram\t''
tls\t''
plaintext\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand completions" -l via -d 'Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK API\'s topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)' -r -f -a "kafka\t''
aws\t''"
complete -c mskctl -n "__fish_mskctl_using_subcommand completions" -l profile -d 'AWS profile (default: AWS_PROFILE, then "default")' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand completions" -l region -d 'AWS region (default: AWS_REGION, then the profile\'s region)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand completions" -l schema-registry -d 'Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand completions" -l glue-registry -d 'AWS Glue schema registry name (AWS settings as for the MSK commands)' -r
complete -c mskctl -n "__fish_mskctl_using_subcommand completions" -l yes -d 'Answer yes to confirmations (needed for destructive changes without a terminal)'
complete -c mskctl -n "__fish_mskctl_using_subcommand completions" -s v -l verbose -d 'More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged'
complete -c mskctl -n "__fish_mskctl_using_subcommand completions" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c mskctl -n "__fish_mskctl_using_subcommand completions" -l tls-insecure-skip-verify -d 'Do not verify the brokers\' TLS certificates (never in production)'
complete -c mskctl -n "__fish_mskctl_using_subcommand completions" -l msk-public -d 'Use the MSK cluster\'s public endpoints (public access must be on)'
complete -c mskctl -n "__fish_mskctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mskctl -n "__fish_mskctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and not __fish_seen_subcommand_from config topic retention broker partition group acl quota user cluster schema-registry validate plan apply export schema completions help" -f -a "config" -d 'Manage contexts (connection profiles) in $XDG_CONFIG_HOME/mskctl/config.yaml'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and not __fish_seen_subcommand_from config topic retention broker partition group acl quota user cluster schema-registry validate plan apply export schema completions help" -f -a "topic" -d 'List, describe, create, alter, delete and check topics'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and not __fish_seen_subcommand_from config topic retention broker partition group acl quota user cluster schema-registry validate plan apply export schema completions help" -f -a "retention" -d 'Read and change topic retention; purge old records'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and not __fish_seen_subcommand_from config topic retention broker partition group acl quota user cluster schema-registry validate plan apply export schema completions help" -f -a "broker" -d 'Inspect and drain brokers'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and not __fish_seen_subcommand_from config topic retention broker partition group acl quota user cluster schema-registry validate plan apply export schema completions help" -f -a "partition" -d 'Partition snapshots, reassignment (plan, execute, verify) and leader election'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and not __fish_seen_subcommand_from config topic retention broker partition group acl quota user cluster schema-registry validate plan apply export schema completions help" -f -a "group" -d 'Consumer groups: list, describe, lag, reset offsets, delete'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and not __fish_seen_subcommand_from config topic retention broker partition group acl quota user cluster schema-registry validate plan apply export schema completions help" -f -a "acl" -d 'List, create and delete ACLs'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and not __fish_seen_subcommand_from config topic retention broker partition group acl quota user cluster schema-registry validate plan apply export schema completions help" -f -a "quota" -d 'Client quotas: list, set, delete (per user, client id, or both)'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and not __fish_seen_subcommand_from config topic retention broker partition group acl quota user cluster schema-registry validate plan apply export schema completions help" -f -a "user" -d 'SCRAM users of self-managed Kafka: list, set, delete'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and not __fish_seen_subcommand_from config topic retention broker partition group acl quota user cluster schema-registry validate plan apply export schema completions help" -f -a "cluster" -d 'Amazon MSK clusters: describe, bootstrap brokers, scale, storage, broker type, configurations'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and not __fish_seen_subcommand_from config topic retention broker partition group acl quota user cluster schema-registry validate plan apply export schema completions help" -f -a "schema-registry" -d 'Schema registry subjects: list, get, check compatibility (CI gate), register'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and not __fish_seen_subcommand_from config topic retention broker partition group acl quota user cluster schema-registry validate plan apply export schema completions help" -f -a "validate" -d 'Check manifests offline (no cluster contacted): schema, types, duplicates'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and not __fish_seen_subcommand_from config topic retention broker partition group acl quota user cluster schema-registry validate plan apply export schema completions help" -f -a "plan" -d 'Show what `apply` would change to make the cluster match the manifests'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and not __fish_seen_subcommand_from config topic retention broker partition group acl quota user cluster schema-registry validate plan apply export schema completions help" -f -a "apply" -d 'Make the cluster match the manifests (or apply a saved plan exactly)'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and not __fish_seen_subcommand_from config topic retention broker partition group acl quota user cluster schema-registry validate plan apply export schema completions help" -f -a "export" -d 'Print live topics as manifests (only non-default configs)'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and not __fish_seen_subcommand_from config topic retention broker partition group acl quota user cluster schema-registry validate plan apply export schema completions help" -f -a "schema" -d 'Print the JSON Schema of every manifest kind (for editors)'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and not __fish_seen_subcommand_from config topic retention broker partition group acl quota user cluster schema-registry validate plan apply export schema completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and not __fish_seen_subcommand_from config topic retention broker partition group acl quota user cluster schema-registry validate plan apply export schema completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get-contexts" -d 'List the contexts; the current one is marked with *'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "current-context" -d 'Print the name of the current context'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "use-context" -d 'Make NAME the current context'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set-context" -d 'Create or update a context from the connection flags'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "delete-context" -d 'Delete a context'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "view" -d 'Print the configuration file with secrets redacted'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from topic" -f -a "list" -d 'List topics'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from topic" -f -a "describe" -d 'Show a topic\'s partitions (leader, replicas, ISR) and its non-default configs'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from topic" -f -a "create" -d 'Create a topic'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from topic" -f -a "delete" -d 'Delete topics (destructive: asks on a terminal, needs --yes otherwise)'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from topic" -f -a "alter" -d 'Increase a topic\'s partition count (partitions can never be removed; keys move, so it asks or needs --yes)'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from topic" -f -a "config" -d 'Read and change topic configs (incrementally: other keys are never touched)'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from topic" -f -a "tail" -d 'Print records from a topic (key, value, partition, offset, timestamp, headers)'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from topic" -f -a "produce" -d 'Write records to a topic: one per stdin line, or --value'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from topic" -f -a "health" -d 'Report under-replicated, offline and under-min-ISR partitions (exit 4 when any)'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from retention" -f -a "get" -d 'Show retention by time and size, in human units and raw'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from retention" -f -a "set" -d 'Change retention; lowering it deletes data, so it is confirmed (or --yes)'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from retention" -f -a "purge" -d 'Delete records before an offset or a time (destructive) with DeleteRecords'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from broker" -f -a "list" -d 'List brokers: id, address, rack, and which is the controller'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from broker" -f -a "drain" -d 'Move every replica off the given brokers (plan + execute), e.g. before removing them'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from partition" -f -a "snapshot" -d 'Write a cluster snapshot (brokers with racks, partitions with replicas and sizes) as JSON'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from partition" -f -a "reassign" -d 'Plan, execute, watch, verify and cancel partition reassignments'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from partition" -f -a "throttle" -d 'List or clear replication throttles (broker rates, topic replica lists)'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from partition" -f -a "elect-leaders" -d 'Elect leaders: preferred (safe) or unclean (may lose data)'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "list" -d 'List consumer groups: id, state, protocol type, member count'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "describe" -d 'Show a group\'s members and assignments, and committed offset, log end and lag per partition'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "lag" -d 'Total and maximum lag and time lag per group (exit 4 when over --threshold or --max-time-lag)'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "reset-offsets" -d 'Move a group\'s committed offsets (dry run unless --execute; the group must have no members)'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "delete" -d 'Delete consumer groups and their committed offsets (destructive; groups must have no members)'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "delete-offsets" -d 'Delete a group\'s committed offsets for topics it no longer consumes (destructive)'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from acl" -f -a "list" -d 'List ACL bindings, optionally filtered'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from acl" -f -a "create" -d 'Allow or deny operations on a resource to a principal'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from acl" -f -a "delete" -d 'Delete the ACL bindings a filter matches (shown first; destructive)'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from quota" -f -a "list" -d 'List client quotas (all, or those of an entity)'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from quota" -f -a "set" -d 'Set quota values of an entity (lowering a limit is risky: confirmed, or --yes)'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from quota" -f -a "delete" -d 'Remove quota keys from an entity (destructive: confirmed, or --yes)'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'List SCRAM users: user, mechanisms, iterations'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "set" -d 'Create or replace a user\'s SCRAM credential (replacing is risky: confirmed, or --yes)'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "delete" -d 'Delete a user\'s SCRAM credentials (destructive: confirmed, or --yes)'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from cluster" -f -a "list" -d 'List MSK clusters in the account and region'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from cluster" -f -a "describe" -d 'Show a cluster: state, Kafka version, brokers, storage, auth, endpoints'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from cluster" -f -a "bootstrap" -d 'Print the bootstrap servers for one kind of client authentication'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from cluster" -f -a "nodes" -d 'List the broker nodes: id, instance type, subnet, endpoints'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from cluster" -f -a "operations" -d 'List the cluster\'s operations (updates, creation, reboots), newest first'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from cluster" -f -a "create" -d 'Create the cluster a Cluster manifest describes'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from cluster" -f -a "delete" -d 'Delete a cluster (destructive: asks on a terminal, needs --yes otherwise)'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from cluster" -f -a "wait" -d 'Wait until a cluster reaches a state (ACTIVE by default)'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from cluster" -f -a "scale" -d 'Change the number of brokers (a multiple of the Availability Zone count)'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from cluster" -f -a "storage" -d 'Grow every broker\'s storage (it can never shrink)'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from cluster" -f -a "broker-type" -d 'Change the broker instance type (a rolling update, one broker at a time)'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from cluster" -f -a "configuration" -d 'MSK configurations (server.properties with revisions)'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from cluster" -f -a "scram" -d 'SASL/SCRAM users: the Secrets Manager secrets associated with a cluster'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from cluster" -f -a "rebalancing" -d 'Intelligent rebalancing of an Express cluster: pause or resume it'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from cluster" -f -a "reboot-broker" -d 'Reboot one broker (RebootBroker; its partitions lose a replica meanwhile)'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from cluster" -f -a "restart" -d 'Restart every broker, one at a time, waiting for the ISRs in between'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from cluster" -f -a "versions" -d 'List the Kafka versions the cluster can be upgraded to'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from schema-registry" -f -a "subjects" -d 'List the registry\'s subjects'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from schema-registry" -f -a "get" -d 'Show one version of a subject\'s schema (the latest by default)'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from schema-registry" -f -a "check" -d 'Check a schema file against the subject under the registry\'s compatibility level (exit 4 when incompatible)'
complete -c mskctl -n "__fish_mskctl_using_subcommand help; and __fish_seen_subcommand_from schema-registry" -f -a "register" -d 'Register a schema file as the subject\'s next version (risky under compatibility NONE: asks, or needs --yes)'
