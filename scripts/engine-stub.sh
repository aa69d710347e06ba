#!/bin/sh
# Stands in for Prisma's native engines so nothing native is ever used silently.
echo "kiln: native Prisma engines are disabled; the driver adapter and WASM engines are used" >&2
exit 1
