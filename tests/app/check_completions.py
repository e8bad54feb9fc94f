#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The shell completions against the CLI they complete: every command of the dispatcher and every option of
app/cli/clicommands.cpp must be documented in --help and offered by the bash, zsh and fish completions (so a new
command cannot be forgotten), and the bash completion, loaded into bash, must really offer them.

  check_completions.py SOURCE_DIR TALYSH_KB_CLI
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

problems = []


def problem(text):
    problems.append(text)
    print("FAIL: " + text)


def dispatcher(source_dir):
    """The commands and options the CLI accepts, read from its dispatcher (the one place they are defined)."""
    with open(os.path.join(source_dir, "app/cli/clicommands.cpp"), encoding="utf-8") as f:
        src = f.read()
    commands = re.findall(r'\{\s*QLatin1StringView\("([a-z-]+)"\)', src)
    body = src[src.index("void addOptions(") :]
    body = body[: body.index("\n}\n")]
    options = []
    for names in re.findall(r'QCommandLineOption\(\s*(QStringList\s*\{[^}]*\}|QStringLiteral\("[^"]+"\))', body):
        for n in re.findall(r'QStringLiteral\("([^"]+)"\)', names):
            options.append(("-" if len(n) == 1 else "--") + n)
    if len(commands) < 5 or len(options) < 5:
        sys.exit("check_completions: cannot read the commands and options from app/cli/clicommands.cpp")
    return commands, options


def word_in(word, text):
    return re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text) is not None


def bash_complete(script, words, env):
    """COMPREPLY of the bash completion for the command line `words` (the last word is the one completed)."""
    cmd = 'source "$0"; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _talysh_kb_cli; ' \
          'complete -p talysh-kb-cli >/dev/null || exit 3; printf "%s\\n" "${COMPREPLY[@]}"'
    r = subprocess.run(["bash", "-c", cmd, script] + words, capture_output=True, text=True, env=env, timeout=60)
    if r.returncode != 0:
        problem("bash completion of %r failed: %s" % (words, r.stderr.strip()))
    return sorted(w for w in r.stdout.split("\n") if w)


def main():
    source_dir, cli = sys.argv[1], os.path.abspath(sys.argv[2])
    commands, options = dispatcher(source_dir)
    comp = os.path.join(source_dir, "resources/completions")
    files = {
        "bash": os.path.join(comp, "talysh-kb-cli.bash"),
        "zsh": os.path.join(comp, "_talysh-kb-cli"),
        "fish": os.path.join(comp, "talysh-kb-cli.fish"),
    }
    env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="")
    with tempfile.TemporaryDirectory() as home:
        env.update(HOME=home, XDG_DATA_HOME=home + "/data", XDG_CONFIG_HOME=home + "/config")
        help_text = subprocess.run([cli, "--help"], capture_output=True, text=True, env=env, check=True).stdout

        for c in commands:
            if not word_in(c, help_text):
                problem("command %s is not in talysh-kb-cli --help" % c)
        for o in options:
            if not word_in(o, help_text):
                problem("option %s is not in talysh-kb-cli --help" % o)
        for shell, path in files.items():
            with open(path, encoding="utf-8") as f:
                text = f.read()
            for c in commands:
                # Where each shell's file offers a command, not merely names it somewhere.
                offered = {
                    "bash": lambda: word_in(c, (re.findall(r'commands="([^"]*)"', text) or [""])[0]),
                    "zsh": lambda: re.search(r"'%s:" % re.escape(c), text),
                    "fish": lambda: re.search(r"-a ['\"]?%s(?![\w-])" % re.escape(c), text),
                }[shell]()
                if not offered:
                    problem("command %s is not offered by the %s completion (%s)" % (c, shell, path))
            for o in options:
                # fish names options without their dashes: -l page-size, -s o.
                found = word_in(o, (re.findall(r'options="([^"]*)"', text) or [""])[0]) if shell == "bash" else \
                    word_in(o, text) if shell == "zsh" else re.search(
                    r"(?<![\w-])%s %s(?![\w-])" % ("-s" if len(o) == 2 else "-l", re.escape(o.lstrip("-"))), text)
                if not found:
                    problem("option %s is not in the %s completion (%s)" % (o, shell, path))

        # The shells' own syntax checks, where the shell is there (bash always is).
        checks = {"bash": ["bash", "-n"], "zsh": ["zsh", "-n"], "fish": ["fish", "--no-execute"]}
        for shell, argv in checks.items():
            if shutil.which(argv[0]):
                r = subprocess.run(argv + [files[shell]], capture_output=True, text=True)
                if r.returncode != 0:
                    problem("%s says the %s completion is not valid: %s" % (shell, shell, r.stderr.strip()))
            else:
                print("note: no %s here; its completion was checked for commands and options only" % shell)

        # bash, for real: what TAB offers at each place.
        env["PATH"] = os.path.dirname(cli) + os.pathsep + env.get("PATH", "")
        bash = files["bash"]
        expect = {
            ("talysh-kb-cli", ""): sorted(commands),
            ("talysh-kb-cli", "export-p"): ["export-pack", "export-pdf"],
            ("talysh-kb-cli", "--json", "se"): ["search"],
            ("talysh-kb-cli", "--kind", ""): sorted(["person", "organization", "place", "event", "goal", "topic",
                                                     "source"]),
            ("talysh-kb-cli", "export-pdf", "x", "--page-"): ["--page-size"],
            ("talysh-kb-cli", "export-pdf", "x", "--page-size", "a"): ["a4", "a5"],
        }
        for words, want in expect.items():
            got = bash_complete(bash, list(words), env)
            if got != want:
                problem("bash completion of %r offers %r, not %r" % (" ".join(words), got, want))
        got = bash_complete(bash, ["talysh-kb-cli", "--"], env)
        missing = [o for o in options if o.startswith("--") and o not in got]
        if missing:
            problem("bash completion of '--' does not offer %s" % ", ".join(missing))

        # Entity ids come from the base named by --kb.
        kb = os.path.join(home, "c.tkb")
        pack = os.path.join(source_dir, "resources/pack/talysh-national-movement.json")
        subprocess.run([cli, "import", pack, "--kb", kb], capture_output=True, env=env, check=True)
        got = bash_complete(bash, ["talysh-kb-cli", "--kb", kb, "show", "person/alikram-h"], env)
        if got != ["person/alikram-hummatov"]:
            problem("bash completion of an entity id offers %r" % got)
        got = bash_complete(bash, ["talysh-kb-cli", "--kb", kb, "revert", "person/alikram-hummatov", "p"], env)
        if got:
            problem("bash completion offers ids for revert's revision number: %r" % got)

    if problems:
        print("%d problem(s)" % len(problems))
        return 1
    print("completions: %d commands and %d options in --help and all three completions; bash offers them"
          % (len(commands), len(options)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
