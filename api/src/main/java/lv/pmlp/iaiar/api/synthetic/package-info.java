/**
 * Realistic synthetic register data shared by tests, the demo and benchmarks: a pure, seeded generator of
 * per-person command scenarios ({@link lv.pmlp.iaiar.api.synthetic.SyntheticRegister}) and a loader that sends
 * them through the command gateway ({@link lv.pmlp.iaiar.api.synthetic.SyntheticDataLoader}).
 */
package lv.pmlp.iaiar.api.synthetic;
