/**
 * Write-behind buffers and read-ahead for projections: the writes of one event batch go to the store as one bulk
 * request at the batch's end, before the processor stores its token, and what the batch reads by id is loaded with
 * one query per collection at its first read. See {@link lv.pmlp.iaiar.projections.batch.EventBatch} and
 * {@link lv.pmlp.iaiar.projections.batch.BatchReads}.
 */
package lv.pmlp.iaiar.projections.batch;
