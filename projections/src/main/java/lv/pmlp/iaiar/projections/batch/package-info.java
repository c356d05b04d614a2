/**
 * Write-behind buffers for projections: the writes of one event batch go to the store as one bulk request at the
 * batch's end, before the processor stores its token. See {@link lv.pmlp.iaiar.projections.batch.EventBatch}.
 */
package lv.pmlp.iaiar.projections.batch;
