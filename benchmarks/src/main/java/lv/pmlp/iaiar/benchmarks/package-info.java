/** Load and latency measurements of the embedded default, each beside the limit of the layer underneath it. */
package lv.pmlp.iaiar.benchmarks;
