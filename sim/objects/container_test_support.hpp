// Test fixture for the container and iterator units: an interpreter with a host that
// records output, shorthands to build values and call types and methods, and show(),
// which renders a result as its repr, or as "KeyError: 1" when the call raised. The
// expected strings in the tests were produced by CPython 3.11.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "sim/vm/eval_support.hpp"
#include "sim/vm/runtime.hpp"

namespace gs::ctest {

struct Host : gs::Host {
    std::string out, err;
    void write(Thread&, int fd, std::string_view text) override { (fd == 2 ? err : out) += text; }
    int64_t now_ns(Thread&) override { return 0; }
};

struct Env {
    Host host;
    Interp in{host};
    Thread th{in, "MainThread"};

    Value i(int64_t v) { return Value::integer(v); }
    Value s(std::string_view text) { return make_str(in, text); }
    Value tup(std::initializer_list<Value> items) { return make_tuple(in, items); }
    Value list(std::initializer_list<Value> items) {
        List* l = new_list(in);
        l->items.assign(items.begin(), items.end());
        return Value(l);
    }
    Value ints(std::initializer_list<int64_t> vals) {
        List* l = new_list(in);
        for (int64_t v : vals) l->items.push_back(Value::integer(v));
        return Value(l);
    }
    // type(*args)
    Value make(Type* type, std::initializer_list<Value> args) { return call_values(th, Value(type), args); }
    // self.name(*args, **kw)
    Value call(Value self, const char* name, std::initializer_list<Value> args = {},
               std::initializer_list<std::pair<const char*, Value>> kw = {}) {
        Value m = getattr(th, self, intern(in, name));
        if (m.is_null()) return m;
        std::vector<Value> buf(1 + args.size() + kw.size());
        size_t n = 1;
        for (Value v : args) buf[n++] = v;
        Tuple* names = nullptr;
        if (kw.size()) {
            names = new_tuple(in, uint32_t(kw.size()));
            uint32_t k = 0;
            for (auto& [kn, v] : kw) {
                names->items()[k++] = Value(intern(in, kn));
                buf[n++] = v;
            }
        }
        return gs::call(th, m, buf.data() + 1, int(n - 1), names);
    }
    Value op(Value a, BinOpKind k, Value b, bool inplace = false) {
        return binary_op(th, a, b, int(k) + (inplace ? kInplace : 0));
    }

    // "KeyError: 1" for the pending exception (cleared).
    std::string error() {
        Value e = take_exc(th);
        if (e.is_null()) return "<no exception>";
        std::string out(type_name(in, e));
        Value msg = to_str(th, e);
        if (msg.is_null()) return out + " (str() failed)";
        if (as<Str>(msg)->len) out += ": " + std::string(as<Str>(msg)->view());
        return out;
    }
    // repr(v), or the error when v is Null.
    std::string show(Value v) {
        if (v.is_null()) return error();
        Value r = repr(th, v);
        if (r.is_null()) return "repr failed: " + error();
        return std::string(as<Str>(r)->view());
    }
    // hash(v); 0 with the exception left pending when it raised.
    int64_t hash_of(Value v) {
        int64_t h = 0;
        return gs::hash(th, v, &h) ? h : 0;
    }
    // All items of an iterable, rendered as a list.
    std::string items(Value iterable) {
        List* l = new_list(in);
        th.temp_roots.push_back(Value(l));
        bool ok = for_each(th, iterable, [&](Value v) {
            l->items.push_back(v);
            return true;
        });
        th.temp_roots.pop_back();
        return ok ? show(Value(l)) : error();
    }
};

}  // namespace gs::ctest
