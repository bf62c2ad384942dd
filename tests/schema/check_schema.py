#!/usr/bin/python3
"""Check the Dealscope dataset JSON Schema, a dataset, and a directory of bad samples.

Usage: check_schema.py SCHEMA DATASET [BAD_SAMPLE_DIR]

1. SCHEMA must itself be a valid draft 2020-12 schema.
2. DATASET must validate against SCHEMA; every error is printed with its JSON path.
3. If BAD_SAMPLE_DIR is given, every *.json file in it must be REJECTED by SCHEMA.

Prints a single summary line on success and exits 0; prints the problems and exits 1
otherwise (2 for a usage error). Needs Debian's python3-jsonschema (4.10 or later).
"""

import glob
import json
import os
import sys

try:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError
except ImportError as exc:  # pragma: no cover - environment problem
    sys.stderr.write("check_schema.py: cannot import jsonschema (%s); install python3-jsonschema\n" % exc)
    sys.exit(2)


class DuplicateKeyError(ValueError):
    pass


def _reject_duplicate_keys(pairs):
    obj = {}
    for key, value in pairs:
        if key in obj:
            raise DuplicateKeyError("duplicate object key %r" % key)
        obj[key] = value
    return obj


def load_json(path):
    """Parse a UTF-8 JSON file, refusing duplicate object keys. Returns (value, error)."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
        text = raw.decode("utf-8-sig")
        return json.loads(text, object_pairs_hook=_reject_duplicate_keys), None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return None, str(exc)


def error_path(error):
    path = getattr(error, "json_path", None)
    if path is None:  # older jsonschema
        path = "$" + "".join("[%d]" % p if isinstance(p, int) else ".%s" % p for p in error.absolute_path)
    return path


def sorted_errors(validator, instance):
    def key(error):
        return [(0, p, "") if isinstance(p, int) else (1, 0, str(p)) for p in error.absolute_path]
    return sorted(validator.iter_errors(instance), key=key)


def main(argv):
    if len(argv) not in (3, 4):
        sys.stderr.write("usage: %s SCHEMA DATASET [BAD_SAMPLE_DIR]\n" % os.path.basename(argv[0]))
        return 2
    schema_path, dataset_path = argv[1], argv[2]
    bad_dir = argv[3] if len(argv) == 4 else None

    schema, err = load_json(schema_path)
    if err:
        print("%s: cannot read schema: %s" % (schema_path, err))
        return 1
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as exc:
        print("%s: invalid schema at %s: %s" % (schema_path, error_path(exc), exc.message))
        return 1
    validator = Draft202012Validator(schema)

    failed = False

    dataset, err = load_json(dataset_path)
    if err:
        print("%s: cannot read dataset: %s" % (dataset_path, err))
        failed = True
    else:
        for error in sorted_errors(validator, dataset):
            print("%s: %s: %s" % (dataset_path, error_path(error), error.message))
            failed = True

    rejected = 0
    if bad_dir is not None:
        samples = sorted(glob.glob(os.path.join(bad_dir, "*.json")))
        if not samples:
            print("%s: no *.json bad samples found" % bad_dir)
            failed = True
        for sample in samples:
            instance, err = load_json(sample)
            if err:
                # A bad sample must be well-formed JSON so that it tests the schema, not the parser.
                print("%s: cannot read bad sample: %s" % (sample, err))
                failed = True
            elif validator.is_valid(instance):
                print("%s: bad sample was ACCEPTED by the schema" % sample)
                failed = True
            else:
                rejected += 1

    if failed:
        return 1
    summary = "OK: schema valid; %s valid" % os.path.basename(dataset_path)
    if bad_dir is not None:
        summary += "; %d bad samples rejected" % rejected
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
