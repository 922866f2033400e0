# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for spill. Spill itself answers what may come next
# (`spill __complete -- WORD...`): commands, options, formats, themes and
# the library's story slugs; files and folders are bash's own.
_spill()
{
    local cur prev
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    case $prev in
        --library|--out)
            COMPREPLY=($(compgen -d -- "$cur"))
            return
            ;;
    esac
    local words=("${COMP_WORDS[@]:1:COMP_CWORD}")
    local command=${COMP_WORDS[0]}
    COMPREPLY=($(compgen -W "$("$command" __complete -- "${words[@]}" 2>/dev/null)" -- "$cur"))
    # import takes JSON files.
    if [[ ${#COMPREPLY[@]} -eq 0 && " ${COMP_WORDS[*]} " == *" import "* && $cur != -* ]]; then
        COMPREPLY=($(compgen -f -X '!*.json' -- "$cur") $(compgen -d -- "$cur"))
    fi
}
complete -F _spill spill
