// The lock policies by name.
#include "sim/engine/policy.hpp"

namespace gs {

std::unique_ptr<GilPolicy> make_py2_policy(Platform& p, const PolicyConfig& cfg);
std::unique_ptr<GilPolicy> make_py3_policy(Platform& p, const PolicyConfig& cfg, bool prio);
std::unique_ptr<GilPolicy> make_bfs_policy(Platform& p, const PolicyConfig& cfg);
std::unique_ptr<GilPolicy> make_ruby_policy(Platform& p, const PolicyConfig& cfg);
std::unique_ptr<GilPolicy> make_none_policy(Platform& p, const PolicyConfig& cfg);

std::string_view policy_names() { return "py2, py3, py3-prio, bfs, ruby, none"; }

std::unique_ptr<GilPolicy> make_policy(Platform& p, const PolicyConfig& cfg, std::string* error) {
    const std::string& n = cfg.name;
    if (n == "py2") return make_py2_policy(p, cfg);
    if (n == "py3") return make_py3_policy(p, cfg, false);
    if (n == "py3-prio") return make_py3_policy(p, cfg, true);
    if (n == "bfs") return make_bfs_policy(p, cfg);
    if (n == "ruby") return make_ruby_policy(p, cfg);
    if (n == "none") return make_none_policy(p, cfg);
    if (error) *error = "unknown lock policy '" + n + "' (expected one of: " + std::string(policy_names()) + ")";
    return nullptr;
}

}  // namespace gs
