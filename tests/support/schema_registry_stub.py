"""A STUB of the Confluent Schema Registry REST API, for tests only.

It is not a schema registry: it implements just the subset mskctl and
Confluent's Python serializers use, in memory, on 127.0.0.1:

  GET  /subjects                          GET  /schemas/ids/ID
  GET  /subjects/S/versions               GET  /schemas/ids/ID/versions
  GET  /subjects/S/versions/V|latest      POST /subjects/S        (lookup)
  POST /subjects/S/versions  (register)   GET|PUT /config[/S]
  POST /compatibility/subjects/S/versions/latest[?verbose=true]

Compatibility is judged for Avro records only, and only by the BACKWARD
rules that matter to the tests (a new field needs a default; an existing
field keeps its type); level NONE accepts anything. Other schema types are
always compatible. With STUB_BASIC_AUTH=user:password every request must
carry that HTTP basic authentication.

Prints "PORT <n>" on stdout once listening (port 0 picks a free one).
"""

import base64
import json
import os
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlparse, parse_qs

SCHEMAS = {}  # id -> {"schema", "schemaType"}
SUBJECTS = {}  # subject -> [id, ...] (version n is index n-1)
CONFIG = {"": "BACKWARD"}
AUTH = os.environ.get("STUB_BASIC_AUTH")


def canonical(schema, schema_type):
    if schema_type in ("AVRO", "JSON"):
        try:
            return json.dumps(json.loads(schema), sort_keys=True, separators=(",", ":"))
        except ValueError:
            return schema
    return schema.strip()


def field_type(t):
    return json.dumps(t, sort_keys=True)


def avro_backward_problems(new, old):
    try:
        new, old = json.loads(new), json.loads(old)
    except ValueError as e:
        return ["schema is not JSON: %s" % e]
    if not (isinstance(new, dict) and isinstance(old, dict)):
        return []
    if new.get("type") != "record" or old.get("type") != "record":
        return [] if field_type(new) == field_type(old) else ["type changed"]
    problems = []
    old_fields = {f["name"]: f for f in old.get("fields", [])}
    for f in new.get("fields", []):
        before = old_fields.get(f["name"])
        if before is None:
            if "default" not in f:
                problems.append(
                    "{errorType:'READER_FIELD_MISSING_DEFAULT_VALUE', description:'The field '%s' at path '/fields/%s' in the new schema has no default value and is missing in the old schema'}"
                    % (f["name"], f["name"])
                )
        elif field_type(before["type"]) != field_type(f["type"]):
            problems.append(
                "{errorType:'TYPE_MISMATCH', description:'The type of field '%s' changed'}" % f["name"]
            )
    return problems


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def reply(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/vnd.schemaregistry.v1+json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def error(self, status, code, message):
        self.reply(status, {"error_code": code, "message": message})

    def authorized(self):
        if not AUTH:
            return True
        expected = "Basic " + base64.b64encode(AUTH.encode()).decode()
        if self.headers.get("Authorization") == expected:
            return True
        self.error(401, 401, "Unauthorized")
        return False

    def body(self):
        n = int(self.headers.get("Content-Length") or 0)
        return json.loads(self.rfile.read(n) or b"{}")

    def route(self):
        url = urlparse(self.path)
        parts = [unquote(p) for p in url.path.strip("/").split("/") if p]
        return parts, parse_qs(url.query)

    def version_entry(self, subject, version):
        ids = SUBJECTS.get(subject)
        if not ids:
            return None, (404, 40401, "Subject '%s' not found." % subject)
        if version == "latest":
            n = len(ids)
        else:
            try:
                n = int(version)
            except ValueError:
                return None, (422, 42202, "Invalid version")
            if n < 1 or n > len(ids):
                return None, (404, 40402, "Version %s not found." % version)
        sid = ids[n - 1]
        s = SCHEMAS[sid]
        entry = {"subject": subject, "version": n, "id": sid, "schema": s["schema"]}
        if s["schemaType"] != "AVRO":
            entry["schemaType"] = s["schemaType"]
        return entry, None

    def do_GET(self):
        if not self.authorized():
            return
        parts, _ = self.route()
        if parts == ["subjects"]:
            return self.reply(200, sorted(SUBJECTS))
        if len(parts) == 3 and parts[0] == "subjects" and parts[2] == "versions":
            if parts[1] not in SUBJECTS:
                return self.error(404, 40401, "Subject not found.")
            return self.reply(200, list(range(1, len(SUBJECTS[parts[1]]) + 1)))
        if len(parts) == 4 and parts[0] == "subjects" and parts[2] == "versions":
            entry, err = self.version_entry(parts[1], parts[3])
            return self.error(*err) if err else self.reply(200, entry)
        if len(parts) >= 3 and parts[:2] == ["schemas", "ids"]:
            try:
                sid = int(parts[2])
            except ValueError:
                return self.error(404, 40403, "Schema not found")
            if sid not in SCHEMAS:
                return self.error(404, 40403, "Schema %d not found" % sid)
            if len(parts) == 4 and parts[3] == "versions":
                out = [
                    {"subject": subj, "version": i + 1}
                    for subj, ids in sorted(SUBJECTS.items())
                    for i, x in enumerate(ids)
                    if x == sid
                ]
                return self.reply(200, out)
            s = SCHEMAS[sid]
            body = {"schema": s["schema"]}
            if s["schemaType"] != "AVRO":
                body["schemaType"] = s["schemaType"]
            return self.reply(200, body)
        if parts[:1] == ["config"]:
            subject = parts[1] if len(parts) > 1 else ""
            if subject and subject not in CONFIG:
                _, q = self.route()
                if q.get("defaultToGlobal") == ["true"]:
                    return self.reply(200, {"compatibilityLevel": CONFIG[""]})
                return self.error(404, 40408, "Subject does not have subject-level compatibility configured")
            return self.reply(200, {"compatibilityLevel": CONFIG[subject]})
        self.error(404, 404, "HTTP 404 Not Found")

    def do_PUT(self):
        if not self.authorized():
            return
        parts, _ = self.route()
        if parts[:1] == ["config"]:
            level = self.body().get("compatibility")
            CONFIG[parts[1] if len(parts) > 1 else ""] = level
            return self.reply(200, {"compatibility": level})
        self.error(404, 404, "HTTP 404 Not Found")

    def do_POST(self):
        if not self.authorized():
            return
        parts, q = self.route()
        try:
            req = self.body()
        except ValueError:
            return self.error(400, 400, "invalid JSON")
        schema = req.get("schema", "")
        stype = req.get("schemaType") or "AVRO"
        key = canonical(schema, stype)
        if len(parts) == 3 and parts[0] == "subjects" and parts[2] == "versions":
            subject = parts[1]
            sid = next(
                (i for i, s in SCHEMAS.items() if canonical(s["schema"], s["schemaType"]) == key and s["schemaType"] == stype),
                None,
            )
            ids = SUBJECTS.setdefault(subject, [])
            if sid is not None and sid in ids:
                return self.reply(200, {"id": sid})
            level = CONFIG.get(subject, CONFIG[""])
            if ids and stype == "AVRO" and level != "NONE":
                problems = avro_backward_problems(schema, SCHEMAS[ids[-1]]["schema"])
                if problems:
                    if not ids:
                        del SUBJECTS[subject]
                    return self.error(409, 409, "Schema being registered is incompatible with an earlier schema")
            if sid is None:
                sid = max(SCHEMAS, default=0) + 1
                SCHEMAS[sid] = {"schema": schema, "schemaType": stype}
            ids.append(sid)
            return self.reply(200, {"id": sid})
        if len(parts) == 2 and parts[0] == "subjects":
            subject = parts[1]
            for n, sid in enumerate(SUBJECTS.get(subject, []), start=1):
                s = SCHEMAS[sid]
                if canonical(s["schema"], s["schemaType"]) == key:
                    entry, _ = self.version_entry(subject, str(n))
                    return self.reply(200, entry)
            if subject not in SUBJECTS:
                return self.error(404, 40401, "Subject '%s' not found." % subject)
            return self.error(404, 40403, "Schema not found")
        if parts[:2] == ["compatibility", "subjects"] and len(parts) == 5:
            subject = parts[2]
            entry, err = self.version_entry(subject, parts[4])
            if err:
                return self.error(*err)
            level = CONFIG.get(subject, CONFIG[""])
            problems = []
            if stype == "AVRO" and level != "NONE":
                problems = avro_backward_problems(schema, entry["schema"])
            body = {"is_compatible": not problems}
            if q.get("verbose") == ["true"]:
                body["messages"] = problems
            return self.reply(200, body)
        self.error(404, 404, "HTTP 404 Not Found")


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    print("PORT %d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
