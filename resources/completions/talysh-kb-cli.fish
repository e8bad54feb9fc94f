# SPDX-License-Identifier: GPL-3.0-or-later
# fish completion for talysh-kb-cli: its commands, options and option values, entity ids from the knowledge base
# (--kb or the bundled one) and file names. Keep in step with app/cli/clicommands.cpp: the completions test fails
# when a command or option is missing here.

function __talysh_kb_cli_ids
    set -l kb
    set -l words (commandline -opc)
    for i in (seq (count $words))
        if test "$words[$i]" = --kb; and test $i -lt (count $words)
            set kb --kb $words[(math $i + 1)]
        end
    end
    talysh-kb-cli $kb list 2>/dev/null | string split -f1 \t
end

set -l commands list show events search import check export-pdf apply revert history changes export-pack push pull
complete -c talysh-kb-cli -f
complete -c talysh-kb-cli -n "not __fish_seen_subcommand_from $commands" -a list -d 'entities, by name'
complete -c talysh-kb-cli -n "not __fish_seen_subcommand_from $commands" -a show -d 'one entity with its claims'
complete -c talysh-kb-cli -n "not __fish_seen_subcommand_from $commands" -a events -d 'events in order'
complete -c talysh-kb-cli -n "not __fish_seen_subcommand_from $commands" -a search -d 'full-text search'
complete -c talysh-kb-cli -n "not __fish_seen_subcommand_from $commands" -a import -d 'import an article or pack'
complete -c talysh-kb-cli -n "not __fish_seen_subcommand_from $commands" -a check -d 'integrity report'
complete -c talysh-kb-cli -n "not __fish_seen_subcommand_from $commands" -a export-pdf -d 'export a section to PDF'
complete -c talysh-kb-cli -n "not __fish_seen_subcommand_from $commands" -a apply -d 'apply a change document'
complete -c talysh-kb-cli -n "not __fish_seen_subcommand_from $commands" -a revert -d 'entity as at a revision'
complete -c talysh-kb-cli -n "not __fish_seen_subcommand_from $commands" -a history -d 'revisions of an entity'
complete -c talysh-kb-cli -n "not __fish_seen_subcommand_from $commands" -a changes -d 'recent changesets'
complete -c talysh-kb-cli -n "not __fish_seen_subcommand_from $commands" -a export-pack -d 'the base as a pack'
complete -c talysh-kb-cli -n "not __fish_seen_subcommand_from $commands" -a push -d 'publish a base file to a server'
complete -c talysh-kb-cli -n "not __fish_seen_subcommand_from $commands" -a pull -d 'an offline copy of a server base'

complete -c talysh-kb-cli -n "__fish_seen_subcommand_from show history revert" -a '(__talysh_kb_cli_ids)'
complete -c talysh-kb-cli -n "__fish_seen_subcommand_from export-pdf" -a 'article timeline list (__talysh_kb_cli_ids)'
complete -c talysh-kb-cli -n "__fish_seen_subcommand_from import apply export-pack push" -F

complete -c talysh-kb-cli -l kb -r -F -d 'knowledge base file or server address'
complete -c talysh-kb-cli -l to -r -F -d 'where push or pull copies to'
complete -c talysh-kb-cli -l json -d 'machine-readable output'
complete -c talysh-kb-cli -l kind -x -a 'person organization place event goal topic source' -d 'entity kind'
complete -c talysh-kb-cli -l limit -x -d 'how many results'
complete -c talysh-kb-cli -s o -l output -r -F -d 'output file'
complete -c talysh-kb-cli -s h -l help -d 'show the help'
complete -c talysh-kb-cli -s v -l version -d 'show the version'
complete -c talysh-kb-cli -l page-size -x -a 'a4 letter legal a5' -d 'paper size'
complete -c talysh-kb-cli -l landscape -d 'landscape pages'
complete -c talysh-kb-cli -l rtl -d 'right-to-left layout'
complete -c talysh-kb-cli -l locale -x -a 'en ru az fa nl de tr' -d 'date language'
complete -c talysh-kb-cli -l no-citations -d 'leave out the cited sentences'
complete -c talysh-kb-cli -l no-summaries -d 'leave out the summaries'
complete -c talysh-kb-cli -l author -x -d 'who makes the change'
complete -c talysh-kb-cli -l comment -x -d 'what the change is for'
complete -c talysh-kb-cli -l undo -d 'as it was right before the revision'
