#include "sim/vm/args.hpp"

#include <cmath>

namespace gs {

bool bind_args(Thread& t, const char* fname, Value* args, int nargs, Tuple* kwnames,
               std::initializer_list<const char*> names, int required, std::initializer_list<Value*> out) {
    Interp& in = t.in;
    int nkw = kwnames ? int(kwnames->n) : 0;
    int npos = nargs - nkw;
    int nnames = int(names.size());
    Value* const* outs = out.begin();
    const char* const* nm = names.begin();
    if (npos > nnames) {
        if (nnames == 0)
            raisef(t, in.types.TypeError, "{}() takes no arguments ({} given)", fname, npos);
        else if (required == nnames)
            raisef(t, in.types.TypeError, "{}() takes exactly {} argument{} ({} given)", fname, nnames,
                   nnames == 1 ? "" : "s", npos);
        else
            raisef(t, in.types.TypeError, "{}() takes at most {} argument{} ({} given)", fname, nnames,
                   nnames == 1 ? "" : "s", npos);
        return false;
    }
    std::vector<bool> given(size_t(nnames), false);
    for (int i = 0; i < npos; i++) {
        *outs[i] = args[i];
        given[size_t(i)] = true;
    }
    for (int k = 0; k < nkw; k++) {
        std::string_view kn = as<Str>(kwnames->items()[k])->view();
        int found = -1;
        for (int j = 0; j < nnames; j++)
            if (kn == nm[j]) found = j;
        if (found < 0) {
            raisef(t, in.types.TypeError, "{}() got an unexpected keyword argument '{}'", fname, kn);
            return false;
        }
        if (given[size_t(found)]) {
            raisef(t, in.types.TypeError, "argument for {}() given by name ('{}') and position ({})", fname, kn,
                   found + 1);
            return false;
        }
        *outs[found] = args[npos + k];
        given[size_t(found)] = true;
    }
    for (int j = 0; j < required; j++)
        if (!given[size_t(j)]) {
            if (npos < required && nkw == 0)
                raisef(t, in.types.TypeError, "{}() takes {} {} argument{} ({} given)", fname,
                       required == nnames ? "exactly" : "at least", required, required == 1 ? "" : "s", npos);
            else
                raisef(t, in.types.TypeError, "{}() missing required argument '{}' (pos {})", fname, nm[j], j + 1);
            return false;
        }
    return true;
}

bool no_kwargs(Thread& t, const char* fname, Tuple* kwnames) {
    if (kwnames && kwnames->n) {
        raisef(t, t.in.types.TypeError, "{}() takes no keyword arguments", fname);
        return false;
    }
    return true;
}

bool check_nargs(Thread& t, const char* fname, int nargs, int min, int max) {
    if (nargs >= min && (max < 0 || nargs <= max)) return true;
    if (min == max)
        raisef(t, t.in.types.TypeError, "{}() takes exactly {} argument{} ({} given)", fname, min, min == 1 ? "" : "s",
               nargs);
    else if (nargs < min)
        raisef(t, t.in.types.TypeError, "{} expected at least {} argument{}, got {}", fname, min, min == 1 ? "" : "s",
               nargs);
    else
        raisef(t, t.in.types.TypeError, "{} expected at most {} argument{}, got {}", fname, max, max == 1 ? "" : "s",
               nargs);
    return false;
}

bool arg_int(Thread& t, Value v, int64_t* out) {
    if (v.tag == Tag::Float) {
        raise(t, t.in.types.TypeError, "'float' object cannot be interpreted as an integer");
        return false;
    }
    return index_value(t, v, out);
}

Str* arg_str(Thread& t, Value v, const char* fname, const char* what) {
    if (is_kind(v, Kind::Str)) return as<Str>(v);
    raisef(t, t.in.types.TypeError, "{}() {} must be str, not {}", fname, what, type_name(t.in, v));
    return nullptr;
}

bool arg_float(Thread& t, Value v, double* out) {
    if (v.tag == Tag::Float) {
        *out = v.f;
        return true;
    }
    if (v.is_intlike()) {
        *out = double(v.i);
        return true;
    }
    Value m = lookup_special(t, v, t.in.names.__float__);
    if (!m.is_null()) {
        Value r = call_values(t, m, {});
        if (r.is_null()) return false;
        if (r.tag == Tag::Float) {
            *out = r.f;
            return true;
        }
    }
    raisef(t, t.in.types.TypeError, "must be real number, not {}", type_name(t.in, v));
    return false;
}

}  // namespace gs
