# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for talysh-kb-cli: its commands, options and option values, entity ids from the knowledge base
# (--kb or the bundled one) and file names. Keep in step with app/cli/clicommands.cpp: the completions test fails
# when a command or option is missing here.

_talysh_kb_cli_ids()
{
    # The ids are the first column of `list`; a base that cannot be opened simply offers none.
    talysh-kb-cli ${1:+--kb "$1"} list 2>/dev/null | cut -f1
}

_talysh_kb_cli()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    local commands="list show events search import check export-pdf apply revert history changes export-pack push pull"
    local options="--kb --to --json --kind --limit -o --output -h --help -v --version --page-size --landscape --rtl
                   --locale --no-citations --no-summaries --author --comment --undo"
    COMPREPLY=()

    case $prev in
    --kind)
        COMPREPLY=($(compgen -W "person organization place event goal topic source" -- "$cur"))
        return ;;
    --page-size)
        COMPREPLY=($(compgen -W "a4 letter legal a5" -- "$cur"))
        return ;;
    --locale)
        COMPREPLY=($(compgen -W "en ru az fa nl de tr" -- "$cur"))
        return ;;
    --kb | --to | -o | --output)
        compopt -o filenames 2>/dev/null
        COMPREPLY=($(compgen -f -- "$cur"))
        return ;;
    --limit | --author | --comment)
        return ;;
    esac

    # The command is the first word that is neither an option nor an option's value.
    local i w cmd= kb= npos=0
    for ((i = 1; i < COMP_CWORD; i++)); do
        w=${COMP_WORDS[i]}
        case $w in
        --kb) kb=${COMP_WORDS[i + 1]}; ((i++)) ;;
        --to | --kind | --limit | -o | --output | --page-size | --locale | --author | --comment) ((i++)) ;;
        -*) ;;
        *) if [[ -z $cmd ]]; then cmd=$w; else ((npos++)); fi ;;
        esac
    done

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return
    fi
    if [[ -z $cmd ]]; then
        COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        return
    fi
    case $cmd in
    show | history | revert)
        ((npos == 0)) && COMPREPLY=($(compgen -W "$(_talysh_kb_cli_ids "$kb")" -- "$cur")) ;;
    export-pdf)
        ((npos == 0)) && COMPREPLY=($(compgen -W "article timeline list $(_talysh_kb_cli_ids "$kb")" -- "$cur")) ;;
    import | apply | export-pack | push)
        compopt -o filenames 2>/dev/null
        COMPREPLY=($(compgen -f -- "$cur")) ;;
    esac
}

complete -F _talysh_kb_cli talysh-kb-cli
