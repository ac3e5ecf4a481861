// Test fixture for the builtins, exception and function-type units: an interpreter with
// a host that records output, and helpers that call a builtin (with keywords) and render
// the outcome as text: the result's repr, or "TypeError: message" when it raised.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sim/vm/runtime.hpp"

namespace gs::testing {

struct RecordingHost : Host {
    std::string out[3];
    void write(Thread&, int fd, std::string_view text) override { out[fd == 2 ? 2 : 1] += text; }
    int64_t now_ns(Thread&) override { return 0; }
};

struct Py {
    RecordingHost host;
    Interp in{host};
    Thread th{in, "MainThread"};

    Value s(std::string_view text) { return make_str(in, text); }
    Value i(int64_t v) { return Value::integer(v); }
    Value f(double v) { return Value::flt(v); }
    Value tuple(std::initializer_list<Value> items) { return make_tuple(in, items); }
    Value list(std::initializer_list<Value> items) {
        List* l = new_list(in);
        l->items.assign(items.begin(), items.end());
        return Value(l);
    }
    Value builtin(const char* name) { return dict_get_str(in.builtins, intern(in, name)); }

    // Calls `fn` with positional arguments and keyword arguments (name, value).
    Value call_kw(Value fn, std::initializer_list<Value> args,
                  std::initializer_list<std::pair<const char*, Value>> kw = {}) {
        std::vector<Value> buf(1 + args.size() + kw.size());
        size_t n = 1;
        for (Value v : args) buf[n++] = v;
        Tuple* names = nullptr;
        if (kw.size()) {
            names = new_tuple(in, uint32_t(kw.size()));
            uint32_t k = 0;
            for (auto& [name, v] : kw) {
                names->items()[k++] = Value(intern(in, name));
                buf[n++] = v;
            }
        }
        return gs::call(th, fn, buf.data() + 1, int(n - 1), names);
    }

    // "TypeError: message" for the pending exception (cleared), as a traceback ends.
    std::string error() {
        Value e = take_exc(th);
        if (e.is_null()) return "<no exception>";
        std::string out(type_name(in, e));
        Value msg = to_str(th, e);
        if (msg.is_null()) {
            out += " (str() failed)";
            return out;
        }
        if (as<Str>(msg)->len) {
            out += ": ";
            out += as<Str>(msg)->view();
        }
        return out;
    }

    // repr(v), or the error if v is Null (the call raised). str, tuple and list results
    // are rendered here (str quoted without escapes), so that these tests do not depend
    // on the reprs of other units.
    std::string show(Value v) {
        if (v.is_null()) return error();
        if (is_kind(v, Kind::Str) && v.o->type == in.types.str) {
            std::string out(1, '\'');
            out += as<Str>(v)->view();
            out += '\'';
            return out;
        }
        if (is_kind(v, Kind::Tuple) || is_kind(v, Kind::List)) {
            bool tup = is_kind(v, Kind::Tuple);
            const Value* items = tup ? as<Tuple>(v)->items() : as<List>(v)->items.data();
            size_t n = tup ? as<Tuple>(v)->n : as<List>(v)->items.size();
            std::string out = tup ? "(" : "[";
            for (size_t k = 0; k < n; k++) {
                if (k) out += ", ";
                out += show(items[k]);
            }
            if (tup && n == 1) out += ",";
            out += tup ? ")" : "]";
            return out;
        }
        Value r = repr(th, v);
        if (r.is_null()) {
            std::string out = "repr failed: ";
            out += error();
            return out;
        }
        return std::string(as<Str>(r)->view());
    }

    std::string run(const char* name, std::initializer_list<Value> args,
                    std::initializer_list<std::pair<const char*, Value>> kw = {}) {
        return show(call_kw(builtin(name), args, kw));
    }
};

}  // namespace gs::testing
