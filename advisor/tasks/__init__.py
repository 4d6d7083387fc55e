"""The advisor's domain tasks (arguments, objections, rehearsal, refusal check, next steps, agreement, HR policy)."""
