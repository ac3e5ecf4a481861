// Argument checking with CPython's wording (see native_args.hpp for which style is which).
#include "sim/objects/native_args.hpp"

#include <algorithm>
#include <cstring>
#include <vector>

namespace gs {

bool one_arg(Thread& t, const char* fname, int nargs, Tuple* kwnames) {
    int nkw = kwcount(kwnames);
    if (nkw) {
        raisef(t, t.in.types.TypeError, "{}() takes no keyword arguments", fname);
        return false;
    }
    if (nargs != 1) {
        raisef(t, t.in.types.TypeError, "{}() takes exactly one argument ({} given)", fname, nargs);
        return false;
    }
    return true;
}

bool no_args(Thread& t, const char* fname, int nargs, Tuple* kwnames) {
    if (kwcount(kwnames)) {
        raisef(t, t.in.types.TypeError, "{}() takes no keyword arguments", fname);
        return false;
    }
    if (nargs != 0) {
        raisef(t, t.in.types.TypeError, "{}() takes no arguments ({} given)", fname, nargs);
        return false;
    }
    return true;
}

bool check_positional(Thread& t, const char* fname, int npos, int min, int max) {
    if (npos < min) {
        raisef(t, t.in.types.TypeError, "{} expected {}{} argument{}, got {}", fname, min == max ? "" : "at least ",
               min, min == 1 ? "" : "s", npos);
        return false;
    }
    if (max >= 0 && npos > max) {
        raisef(t, t.in.types.TypeError, "{} expected {}{} argument{}, got {}", fname, min == max ? "" : "at most ",
               max, max == 1 ? "" : "s", npos);
        return false;
    }
    return true;
}

// Mirrors vgetargskeywords step by step, because the order of its checks decides which
// message a call with several problems gets.
bool parse_args(Thread& t, const char* fname, Value* args, int nargs, Tuple* kwnames,
                std::initializer_list<const char*> names, int required, std::initializer_list<Value*> out) {
    Interp& in = t.in;
    const char* const* nm = names.begin();
    Value* const* outs = out.begin();
    int len = int(names.size());
    int nkw = kwcount(kwnames);
    int npos = nargs - nkw;
    int posonly = 0;
    while (posonly < len && nm[posonly][0] == '\0') posonly++;
    auto kwname = [&](int k) { return as<Str>(kwnames->items()[k])->view(); };

    if (npos + nkw > len) {
        raisef(t, in.types.TypeError, "{}() takes at most {} {}argument{} ({} given)", fname, len,
               npos == 0 ? "keyword " : "", len == 1 ? "" : "s", npos + nkw);
        return false;
    }
    std::vector<bool> used(size_t(nkw), false);
    int remaining = nkw;
    for (int i = 0; i < len; i++) {
        Value cur;
        if (i < npos) {
            cur = args[i];
        } else if (remaining && i >= posonly) {
            for (int k = 0; k < nkw; k++)
                if (!used[size_t(k)] && kwname(k) == nm[i]) {
                    cur = args[npos + k];
                    used[size_t(k)] = true;
                    remaining--;
                    break;
                }
        }
        if (!cur.is_null()) {
            *outs[i] = cur;
            continue;
        }
        if (i < required) {
            if (i < posonly) {
                int min = std::min(posonly, required);
                raisef(t, in.types.TypeError, "{}() takes {} {} positional argument{} ({} given)", fname,
                       min < len ? "at least" : "exactly", min, min == 1 ? "" : "s", npos);
            } else {
                raisef(t, in.types.TypeError, "{}() missing required argument '{}' (pos {})", fname, nm[i], i + 1);
            }
            return false;
        }
        if (!remaining) return true;
    }
    if (remaining) {
        // A keyword naming a parameter already given by position.
        for (int i = posonly; i < npos; i++)
            for (int k = 0; k < nkw; k++)
                if (kwname(k) == nm[i]) {
                    raisef(t, in.types.TypeError, "argument for {}() given by name ('{}') and position ({})", fname,
                           nm[i], i + 1);
                    return false;
                }
        for (int k = 0; k < nkw; k++)
            if (!used[size_t(k)]) {
                raisef(t, in.types.TypeError, "'{}' is an invalid keyword argument for {}()", kwname(k), fname);
                return false;
            }
    }
    return true;
}

}  // namespace gs
