/**
 * The statistics read model: one fact per event, with the dimensions the statistics need computed at the event,
 * and each person's demographic profile (no names, no document numbers) by recording time.
 */
package lv.pmlp.iaiar.projections.statistics;
