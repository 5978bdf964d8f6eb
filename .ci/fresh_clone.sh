#!/usr/bin/env bash
# Fresh-clone check: clone this repository's HEAD into a temporary folder and run the README's
# set-up commands there ("## Two commands, on a fresh machine"), read from the README itself, with
# nothing installed in the clone beforehand. Then check that reports/ holds the figures, the
# workbook and the HTML front page. Exits non-zero with the reason when anything fails.
#
#   bash .ci/fresh_clone.sh                  # FRESH_CLONE_KEEP=1 keeps the clone for a look afterwards
#
# Only committed files are tested (uncommitted changes are not in the clone). pip's download cache
# (PIP_CACHE_DIR, default ~/.cache/pip) is reused to save time; the virtual environment is not.
set -euo pipefail

SECTION="## Two commands, on a fresh machine"
SOURCE=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
COMMIT=$(git -C "$SOURCE" rev-parse HEAD)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/fresh-clone.XXXXXX")
CLONE="$WORK/repo"
PIP_CACHE="${PIP_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/pip}"
TIMINGS=()
STAGE="" STARTED=0 BEGAN=$(date +%s)

summary() {
  echo
  echo "=== durations"
  printf '%s\n' "${TIMINGS[@]}"
  [[ -n $STAGE ]] && printf '%6ss  %s (unfinished)\n' "$(( $(date +%s) - STARTED ))" "$STAGE"
  printf '%6ss  total\n' "$(( $(date +%s) - BEGAN ))"
}
finish() {
  local status=$?
  summary
  if [[ -n ${FRESH_CLONE_KEEP:-} ]]; then echo "kept the clone: $CLONE"; else rm -rf "$WORK"; fi
  if (( status == 0 )); then echo "fresh clone: OK"; else echo "fresh clone: FAILED (exit $status)" >&2; fi
}
trap finish EXIT
trap 'exit 130' INT TERM
fail() { echo "fresh clone: $*" >&2; exit 1; }
begin() { STAGE=$1; STARTED=$(date +%s); echo; echo "=== $STAGE ($(date +%H:%M:%S))"; }
end() { TIMINGS+=("$(printf '%6ss  %s' "$(( $(date +%s) - STARTED ))" "$STAGE")"); STAGE=""; }

# --------------------------------------------------------------------------- clone
begin "clone $(git -C "$SOURCE" rev-parse --short HEAD) into $WORK"
if [[ -n $(git -C "$SOURCE" status --porcelain --untracked-files=no) ]]; then
  echo "note: $SOURCE has uncommitted changes; they are not part of this check"
fi
git clone --quiet --no-hardlinks "$SOURCE" "$CLONE"
git -C "$CLONE" checkout --quiet --detach "$COMMIT"
[[ -e $CLONE/.venv ]] && fail "the clone already holds .venv/ (is it committed?)"
end

# --------------------------------------------------------------------------- the README's commands
begin "read the set-up commands from README.md"
[[ -f $CLONE/README.md ]] || fail "README.md is missing"
# the first fenced sh block under the section heading; comments and blank lines dropped
COMMANDS=()
while IFS= read -r line; do COMMANDS+=("$line"); done < <(awk -v section="$SECTION" '
  /^## / { if (inside) exit; if ($0 == section) inside = 1; next }
  inside && !block && /^```(sh|bash|shell)?[[:space:]]*$/ { block = 1; next }
  block && /^```/ { exit }
  block { sub(/(^|[[:space:]]+)#.*$/, ""); sub(/^[[:space:]]+/, ""); sub(/[[:space:]]+$/, ""); if ($0 != "") print }
' "$CLONE/README.md")
(( ${#COMMANDS[@]} > 0 )) || fail "README.md has no sh block of commands under \"$SECTION\""
printf '  $ %s\n' "${COMMANDS[@]}"
end

# nothing from the caller's environment: no active virtualenv, no report folder override, no make flags
CLEAN_PATH=$(printf '%s' "$PATH" | tr ':' '\n' | { grep -v -e '/\.venv/bin/\?$' ${VIRTUAL_ENV:+-e "^$VIRTUAL_ENV/bin/\?$"} || true; } | paste -sd: -)
CLEAN_ENV=(env -u VIRTUAL_ENV -u PYTHONPATH -u PYTHONHOME -u HELPERS_REPORT_DIR -u HELPERS_NOTEBOOK
           -u MAKEFLAGS -u MAKELEVEL -u MFLAGS
           PATH="$CLEAN_PATH" PIP_CACHE_DIR="$PIP_CACHE" PIP_DISABLE_PIP_VERSION_CHECK=1)
echo "pip cache: $PIP_CACHE"

for command in "${COMMANDS[@]}"; do
  begin "$command"
  if ! (cd "$CLONE" && "${CLEAN_ENV[@]}" bash -o pipefail -c "$command"); then
    fail "\`$command\` failed in the fresh clone (see its output above)"
  fi
  if [[ -d $CLONE/.venv ]]; then
    echo "venv after \`$command\`: $(du -sm "$CLONE/.venv" | cut -f1) MB"
    # the report build installs what a reader of the report needs: no test runner, no browser automation
    if [[ $command == "make report"* && ! -e $CLONE/.venv/.installed-dev ]]; then
      for tool in pytest playwright hypothesis; do
        if "$CLONE/.venv/bin/python" -c "import importlib.util, sys; sys.exit(importlib.util.find_spec('$tool') is None)"; then
          fail "\`$command\` installed $tool: the report build must not need the test tools"
        fi
      done
      echo "no test tools in the report venv (pytest, playwright, hypothesis absent)"
    fi
  fi
  end
done

# --------------------------------------------------------------------------- what the reader gets
begin "check reports/"
REPORTS="$CLONE/reports"
problems=()
[[ -d $REPORTS ]] || fail "the commands left no reports/ folder"
compgen -G "$REPORTS/figures/*.png" >/dev/null || problems+=("no figures (reports/figures/*.png)")
[[ -s $REPORTS/figures/index.csv ]] || problems+=("no figure index (reports/figures/index.csv)")
compgen -G "$REPORTS/*.xlsx" >/dev/null || problems+=("no workbook (reports/*.xlsx)")
[[ -s $REPORTS/index.html ]] || problems+=("no HTML front page (reports/index.html)")
if (( ${#problems[@]} )); then
  echo "reports/ holds:"; (cd "$REPORTS" && find . -maxdepth 2 -not -path '*/.*' | sort | sed 's/^/  /')
  message=$(printf '%s; ' "${problems[@]}")
  fail "${message%; }"
fi
echo "figures: $(compgen -G "$REPORTS/figures/*.png" | wc -l) PNG;" \
     "workbook: $(cd "$REPORTS" && ls ./*.xlsx | sed 's|^\./||' | paste -sd' ' -); index.html: $(wc -c < "$REPORTS/index.html") bytes"
end
