#include "sim/vm/eval_support.hpp"

#include <charconv>

#include <cstring>

#include "sim/objects/container_util.hpp"
#include "sim/vm/call.hpp"

namespace gs {

Value make_function(Thread& t, Code* code, Dict* globals, Value defaults, Value kwdefaults, Value closure) {
    Interp& in = t.in;
    auto* fn = in.heap.make<Function>(in.types.function, 0);
    fn->code = code;
    fn->globals = globals;
    fn->name = code->name;
    fn->qualname = code->qualname;
    if (!defaults.is_null()) fn->defaults = as<Tuple>(defaults);
    if (!kwdefaults.is_null()) fn->kwdefaults = as<Dict>(kwdefaults);
    if (!closure.is_null()) fn->closure = as<Tuple>(closure);
    return Value(fn);
}

// Collects the items of an iterable into a vector (fast for tuples and lists).
static bool collect_items(Thread& t, Value seq, std::vector<Value>& items, size_t limit) {
    if (is_kind(seq, Kind::Tuple)) {
        Tuple* tup = as<Tuple>(seq);
        items.assign(tup->items(), tup->items() + tup->n);
        return true;
    }
    if (is_kind(seq, Kind::List)) {
        items = as<List>(seq)->items;
        return true;
    }
    Value it = get_iter(t, seq);
    if (it.is_null()) return false;
    t.temp_roots.push_back(it);
    bool ok = true;
    for (;;) {
        Value v = iter_next(t, it);
        if (v.is_null()) {
            ok = t.exc.is_null();
            break;
        }
        items.push_back(v);
        t.temp_roots.push_back(v);
        if (items.size() > limit) break;
    }
    return ok;  // the caller truncates t.temp_roots
}

static bool check_iterable(Thread& t, Value seq) {
    Type* tp = type_of(t.in, seq);
    if (tp->slots.iter || tp->slots.getitem) return true;
    raisef(t, t.in.types.TypeError, "cannot unpack non-iterable {} object", tp->name->view());
    return false;
}

bool unpack_sequence(Thread& t, Value seq, int n, Value* out) {
    if (!check_iterable(t, seq)) return false;
    std::vector<Value> items;
    size_t base = t.temp_roots.size();
    bool ok = collect_items(t, seq, items, size_t(n));
    t.temp_roots.resize(base);
    if (!ok) return false;
    if (items.size() > size_t(n)) {
        raisef(t, t.in.types.ValueError, "too many values to unpack (expected {})", n);
        return false;
    }
    if (items.size() < size_t(n)) {
        raisef(t, t.in.types.ValueError, "not enough values to unpack (expected {}, got {})", n, items.size());
        return false;
    }
    for (int i = 0; i < n; i++) out[i] = items[size_t(n - 1 - i)];
    return true;
}

bool unpack_ex(Thread& t, Value seq, int before, int after, Value* out) {
    if (!check_iterable(t, seq)) return false;
    std::vector<Value> items;
    size_t base = t.temp_roots.size();
    bool ok = collect_items(t, seq, items, SIZE_MAX);
    t.temp_roots.resize(base);
    if (!ok) return false;
    if (items.size() < size_t(before + after)) {
        raisef(t, t.in.types.ValueError, "not enough values to unpack (expected at least {}, got {})",
               before + after, items.size());
        return false;
    }
    // Stack order: the last `after` items, then the list of the middle, then `before`.
    int total = before + after + 1;
    int k = 0;
    for (int i = 0; i < after; i++) out[k++] = items[items.size() - 1 - size_t(i)];
    List* mid = new_list(t.in);
    mid->items.assign(items.begin() + before, items.end() - after);
    out[k++] = Value(mid);
    for (int i = before - 1; i >= 0; i--) out[k++] = items[size_t(i)];
    (void)total;
    return true;
}

Value import_module(Thread& t, Str* name) {
    Interp& in = t.in;
    Value m = dict_get_str(in.modules, name);
    if (!m.is_null()) return m;
    auto it = in.module_factories.find(std::string(name->view()));
    if (it == in.module_factories.end())
        return raisef(t, in.types.ModuleNotFoundError, "No module named '{}'", name->view());
    // Copy the factory: running a module may import others (and rehash the map).
    auto factory = it->second;
    Module* mod = factory(t);
    if (!mod) return Value::null();
    dict_set_str(in, in.modules, name, Value(mod));
    return Value(mod);
}

Value import_from(Thread& t, Value module, Str* name) {
    bool found;
    Value v = getattr_opt(t, module, name, &found);
    if (!t.exc.is_null()) return Value::null();
    if (!found) {
        std::string_view mname = "?";
        if (is_kind(module, Kind::Module)) mname = as<Module>(module)->name->view();
        return raisef(t, t.in.types.ImportError, "cannot import name '{}' from '{}' (unknown location)",
                      name->view(), mname);
    }
    return v;
}

bool import_star(Thread& t, Value module, Dict* into) {
    if (!is_kind(module, Kind::Module)) return true;
    Dict* d = as<Module>(module)->dict;
    for (auto& e : d->entries) {
        if (!is_kind(e.key, Kind::Str)) continue;
        Str* k = as<Str>(e.key);
        if (k->len && k->data()[0] == '_') continue;
        dict_set_str(t.in, into, k, e.value);
    }
    return true;
}

int exc_matches(Thread& t, Value exc, Value type) {
    Interp& in = t.in;
    auto check = [&](Value ty) -> int {
        if (!is_kind(ty, Kind::Type) || !as<Type>(ty)->is_subtype_of(in.types.BaseException)) {
            raise(t, in.types.TypeError, "catching classes that do not inherit from BaseException is not allowed");
            return -1;
        }
        return type_of(in, exc)->is_subtype_of(as<Type>(ty)) ? 1 : 0;
    };
    if (is_kind(type, Kind::Tuple)) {
        Tuple* tup = as<Tuple>(type);
        int result = 0;
        for (uint32_t i = 0; i < tup->n; i++) {
            int r = check(tup->items()[i]);
            if (r < 0) return -1;
            if (r) result = 1;
        }
        return result;
    }
    return check(type);
}

Value with_enter(Thread& t, Value mgr, Value* exit_out) {
    Interp& in = t.in;
    Value enter = lookup_special(t, mgr, in.names.__enter__);
    if (enter.is_null())
        return raisef(t, in.types.TypeError, "'{}' object does not support the context manager protocol",
                      type_name(in, mgr));
    Value exit = lookup_special(t, mgr, in.names.__exit__);
    if (exit.is_null())
        return raisef(t, in.types.TypeError,
                      "'{}' object does not support the context manager protocol (missed __exit__ method)",
                      type_name(in, mgr));
    *exit_out = exit;
    t.temp_roots.push_back(exit);
    Value r = call_values(t, enter, {});
    t.temp_roots.pop_back();
    return r;
}

Value with_exit_exc(Thread& t, Value exit, Value exc) {
    return call_values(t, exit, {Value(type_of(t.in, exc)), exc, traceback_of(t, exc)});
}

Value format_with(Thread& t, Value v, int conversion, Value spec) {
    if (conversion == 1) v = to_str(t, v);
    else if (conversion == 2) v = repr(t, v);
    else if (conversion == 3) {
        v = repr(t, v);
        if (!v.is_null()) {
            std::string out;
            Str* s = as<Str>(v);
            for (uint32_t i = 0; i < s->len;) {
                int n;
                uint32_t cp = utf8_decode(s->data() + i, &n);
                i += uint32_t(n);
                if (cp < 128) out += char(cp);
                else if (cp < 256) out += fmt::format("\\x{:02x}", cp);
                else if (cp < 65536) out += fmt::format("\\u{:04x}", cp);
                else out += fmt::format("\\U{:08x}", cp);
            }
            v = make_str(t.in, out);
        }
    }
    if (v.is_null()) return v;
    Str* sp = spec.is_null() ? nullptr : as<Str>(spec);
    if (!sp && is_kind(v, Kind::Str) && v.o->type == t.in.types.str) return v;
    if (!sp && v.tag == Tag::Int) return Value(new_str_int(t.in, v.i));
    return format_value(t, v, sp ? sp : t.in.empty_str);
}

int compare_truth(Thread& t, Value a, Value b, CmpKind op) {
    Value r = compare(t, a, b, op);
    if (r.is_null()) return -1;
    return r.tag == Tag::Bool ? int(r.i) : truthy(t, r);
}

Value join_strings(Thread& t, Value* items, int n) {
    // Pieces are strs, or ints left unconverted by FORMAT_VALUE (flag 8): an int's
    // decimal digits are written straight into the result.
    auto digits = [](Value v, char* buf) { return size_t(std::to_chars(buf, buf + 24, v.i).ptr - buf); };
    // The first pass only needs the width, which a few comparisons give.
    auto width = [](int64_t v) {
        uint64_t u = v < 0 ? 0 - uint64_t(v) : uint64_t(v);
        size_t w = v < 0 ? 2 : 1;
        for (; u >= 10000; u /= 10000) w += 4;
        return w + (u >= 10) + (u >= 100) + (u >= 1000);
    };
    size_t total = 0;
    uint32_t nchars = 0;
    for (int i = 0; i < n; i++) {
        if (items[i].tag == Tag::Int) {
            size_t k = width(items[i].i);
            total += k;
            nchars += uint32_t(k);
            continue;
        }
        total += as<Str>(items[i])->len;
        nchars += as<Str>(items[i])->nchars;
    }
    if (total > 0xffffffffu) return raise_no_memory(t);
    if (total == 0) return Value(t.in.empty_str);
    // Built in place: the pieces are already valid UTF-8 with known lengths.
    Str* r = new_str_uninit(t.in, total, nchars);
    char* d = str_fill(r);
    size_t off = 0;
    for (int i = 0; i < n; i++) {
        if (items[i].tag == Tag::Int) {
            off += digits(items[i], d + off);
            continue;
        }
        Str* s = as<Str>(items[i]);
        if (s->len) std::memcpy(d + off, s->data(), s->len);
        off += s->len;
    }
    return Value(r);
}

Value name_error(Thread& t, Str* name) {
    raisef(t, t.in.types.NameError, "name '{}' is not defined", name->view());
    if (is_kind(t.exc, Kind::Exception)) as<ExceptionObj>(t.exc)->name = Value(name);
    return Value::null();
}

Value unbound_local(Thread& t, Code* code, int slot) {
    return raisef(t, t.in.types.UnboundLocalError,
                  "cannot access local variable '{}' where it is not associated with a value",
                  code->slot_name(slot)->view());
}

Value unbound_free(Thread& t, Code* code, int slot) {
    if (slot < code->nlocals + code->ncells()) return unbound_local(t, code, slot);
    return raisef(t, t.in.types.NameError,
                  "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                  code->slot_name(slot)->view());
}

Value lookup_name(Thread& t, Dict* locals, Dict* globals, Str* name) {
    if (locals) {
        Value v = dict_get_str(locals, name);
        if (!v.is_null()) return v;
    }
    Value v = dict_get_str(globals, name);
    if (!v.is_null()) return v;
    v = dict_get_str(t.in.builtins, name);
    if (!v.is_null()) return v;
    return name_error(t, name);
}

bool flatten_call_args(Thread& t, Value self, Value args, Value kwargs, std::vector<Value>& buf,
                       Tuple** kwnames) {
    buf.clear();
    *kwnames = nullptr;
    if (!self.is_null()) buf.push_back(self);
    if (is_kind(args, Kind::Tuple)) {
        Tuple* tup = as<Tuple>(args);
        buf.insert(buf.end(), tup->items(), tup->items() + tup->n);
    } else if (!for_each(t, args, [&](Value v) {
                   buf.push_back(v);
                   return true;
               })) {
        return false;
    }
    if (!kwargs.is_null()) {
        Dict* d = as<Dict>(kwargs);
        if (d->used) {
            Tuple* names = new_tuple(t.in, d->used);
            uint32_t k = 0;
            for (auto& e : d->entries) {
                if (e.key.is_null()) continue;
                names->items()[k++] = e.key;
                buf.push_back(e.value);
            }
            *kwnames = names;
        }
    }
    return true;
}

Value call_ex(Thread& t, Value callable, Value args, Value kwargs) {
    Interp& in = t.in;
    std::vector<Value> buf(1);
    if (is_kind(args, Kind::Tuple)) {
        Tuple* tup = as<Tuple>(args);
        buf.insert(buf.end(), tup->items(), tup->items() + tup->n);
    } else {
        if (!for_each(t, args, [&](Value v) {
                buf.push_back(v);
                return true;
            }))
            return Value::null();
    }
    int npos = int(buf.size()) - 1;
    Tuple* kwnames = nullptr;
    if (!kwargs.is_null()) {
        Dict* d = as<Dict>(kwargs);
        kwnames = new_tuple(in, d->used);
        uint32_t k = 0;
        for (auto& e : d->entries) {
            if (e.key.is_null()) continue;
            kwnames->items()[k++] = e.key;
            buf.push_back(e.value);
        }
        if (k == 0) kwnames = nullptr;
    }
    t.temp_roots.push_back(kwargs.is_null() ? Value() : kwargs);
    if (kwnames) t.temp_roots.push_back(Value(kwnames));
    Value r = call(t, callable, buf.data() + 1, int(buf.size()) - 1, kwnames);
    t.temp_roots.resize(t.temp_roots.size() - (kwnames ? 2 : 1));
    (void)npos;
    return r;
}

static std::string func_str(Thread& t, Value callable) {
    if (is_kind(callable, Kind::BoundMethod)) callable = as<BoundMethod>(callable)->func;
    if (is_kind(callable, Kind::Function)) {
        auto* f = as<Function>(callable);
        Value m = dict_get_str(f->globals, t.in.names.__name__);
        std::string mod = is_kind(m, Kind::Str) ? std::string(as<Str>(m)->view()) + "." : "";
        return mod + std::string(f->qualname->view()) + "()";
    }
    if (is_kind(callable, Kind::Native)) return std::string(as<Native>(callable)->name->view()) + "()";
    if (is_kind(callable, Kind::Type)) return std::string(as<Type>(callable)->name->view()) + "()";
    return std::string(type_name(t.in, callable)) + " object";
}

bool dict_merge_call(Thread& t, Value callable, Dict* into, Value other) {
    Interp& in = t.in;
    if (!is_kind(other, Kind::Dict)) {
        // Any mapping: keys() then [key].
        Value keys_m = lookup_special(t, other, intern(in, "keys"));
        if (keys_m.is_null()) {
            raisef(t, in.types.TypeError, "{} argument after ** must be a mapping, not {}", func_str(t, callable),
                   type_name(in, other));
            return false;
        }
        Value keys = call_values(t, keys_m, {});
        if (keys.is_null()) return false;
        return for_each(t, keys, [&](Value k) {
            Value v = getitem(t, other, k);
            if (v.is_null()) return false;
            if (!is_kind(k, Kind::Str)) {
                raise(t, in.types.TypeError, "keywords must be strings");
                return false;
            }
            if (dict_find_str(into, as<Str>(k)) >= 0) {
                raisef(t, in.types.TypeError, "{} got multiple values for keyword argument '{}'",
                       func_str(t, callable), as<Str>(k)->view());
                return false;
            }
            return dict_set(t, into, k, v);
        });
    }
    for (auto& e : as<Dict>(other)->entries) {
        if (e.key.is_null()) continue;
        if (!is_kind(e.key, Kind::Str)) {
            raise(t, in.types.TypeError, "keywords must be strings");
            return false;
        }
        if (dict_find_str(into, as<Str>(e.key)) >= 0) {
            raisef(t, in.types.TypeError, "{} got multiple values for keyword argument '{}'", func_str(t, callable),
                   as<Str>(e.key)->view());
            return false;
        }
        dict_set_str(in, into, as<Str>(e.key), e.value);
    }
    return true;
}

bool list_extend_any(Thread& t, List* l, Value iterable) {
    if (is_kind(iterable, Kind::List)) {
        auto& src = as<List>(iterable)->items;
        l->items.insert(l->items.end(), src.begin(), src.end());
        return true;
    }
    if (is_kind(iterable, Kind::Tuple)) {
        Tuple* tup = as<Tuple>(iterable);
        l->items.insert(l->items.end(), tup->items(), tup->items() + tup->n);
        return true;
    }
    Type* tp = type_of(t.in, iterable);
    if (!tp->slots.iter && !tp->slots.getitem) {
        raisef(t, t.in.types.TypeError, "Value after * must be an iterable, not {}", tp->name->view());
        return false;
    }
    return for_each(t, iterable, [&](Value v) {
        l->items.push_back(v);
        return list_charge(t, l);
    });
}

bool set_update_any(Thread& t, Set* s, Value iterable) { return set_update_from(t, s, iterable); }

bool dict_update_any(Thread& t, Dict* d, Value other) {
    if (is_kind(other, Kind::Dict)) {
        for (auto& e : as<Dict>(other)->entries)
            if (!e.key.is_null() && !dict_set(t, d, e.key, e.value)) return false;
        return true;
    }
    Value keys_m = lookup_special(t, other, intern(t.in, "keys"));
    if (keys_m.is_null()) {
        raisef(t, t.in.types.TypeError, "'{}' object is not a mapping", type_name(t.in, other));
        return false;
    }
    Value keys = call_values(t, keys_m, {});
    if (keys.is_null()) return false;
    return for_each(t, keys, [&](Value k) {
        Value v = getitem(t, other, k);
        return !v.is_null() && dict_set(t, d, k, v);
    });
}

Value new_slice(Thread& t, Value start, Value stop, Value step) {
    auto* s = t.in.heap.make<Slice>(t.in.types.slice, 0);
    s->start = start;
    s->stop = stop;
    s->step = step;
    return Value(s);
}

Value int_overflow(Thread& t) {
    return raise(t, t.in.types.OverflowError, "integer overflow (gilsim ints are 64-bit)");
}

void do_raise(Thread& t, Value exc, Value cause) {
    Interp& in = t.in;
    if (is_kind(exc, Kind::Type) && as<Type>(exc)->is_subtype_of(in.types.BaseException)) {
        exc = call_values(t, exc, {});
        if (exc.is_null()) return;
    }
    if (!is_kind(exc, Kind::Exception)) {
        raise(t, in.types.TypeError, "exceptions must derive from BaseException");
        return;
    }
    if (!cause.is_null()) {
        if (is_kind(cause, Kind::Type) && as<Type>(cause)->is_subtype_of(in.types.BaseException)) {
            cause = call_values(t, cause, {});
            if (cause.is_null()) return;
        } else if (!cause.is_none() && !is_kind(cause, Kind::Exception)) {
            raise(t, in.types.TypeError, "exception causes must derive from BaseException");
            return;
        }
        as<ExceptionObj>(exc)->cause = cause.is_none() ? Value() : cause;
        as<ExceptionObj>(exc)->suppress_context = true;
    }
    raise_value(t, exc);
}

}  // namespace gs
