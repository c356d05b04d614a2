/**
 * Personal data in an immutable log: per-person keys (crypto-shredding). Events keep identifying fields
 * encrypted with their person's key, held in a key store apart from the event store; destroying the key erases
 * those fields wherever the log is kept, including backups of it.
 */
package lv.pmlp.iaiar.api.privacy;
