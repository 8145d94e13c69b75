package app.rekindle.seed;

import app.rekindle.seed.BatchWriter.Table;

/** Every table a person's data lives in, declared parents first, with the columns the entities map. */
final class Tables {

	final Table account;

	final Table journey;

	final Table stageChange;

	final Table safetyScreen;

	final Table reflectionEntry;

	final Table motivesCheck;

	final Table checkIn;

	final Table growthGoal;

	final Table goalProgress;

	final Table unsentLetter;

	final Table urgeEvent;

	final Table draft;

	final Table conversation;

	final Table apology;

	final Table commitment;

	final Table boundary;

	final Table activity;

	final Table trialPeriod;

	final Table checkpoint;

	Tables(BatchWriter out) {
		this.account = out.table("account", true, "id", "email", "password_hash", "time_zone", "created_at", "version");
		this.journey = out.table("journey", true, "id", "account_id", "active_account_id", "nickname", "breakup_date",
				"last_contact_date", "no_contact_days", "stage", "started_at", "ended_at", "version");
		this.stageChange = out.table("journey_stage_change", true, "id", "journey_id", "from_stage", "to_stage",
				"changed_at", "reason", "note");
		this.safetyScreen = out.table("safety_screen", false, "journey_id", "violence", "threats", "controlling", "fear",
				"protective_order", "asked_no_contact", "blocked", "new_relationship", "answered_at", "version");
		this.reflectionEntry = out.table("reflection_entry", true, "id", "journey_id", "kind", "category", "body", "plan",
				"created_at", "version");
		this.motivesCheck = out.table("motives_check", false, "journey_id", "motives", "note", "answered_at", "version");
		this.checkIn = out.table("check_in", true, "id", "account_id", "check_in_day", "mood", "urge", "contact",
				"self_care", "other_self_care", "note", "late", "created_at", "updated_at");
		this.growthGoal = out.table("growth_goal", true, "id", "journey_id", "title", "why", "created_at");
		this.goalProgress = out.table("goal_progress", true, "id", "goal_id", "progress_day", "what", "created_at");
		this.unsentLetter = out.table("unsent_letter", true, "id", "account_id", "journey_id", "body", "written_at");
		this.urgeEvent = out.table("urge_event", true, "id", "account_id", "journey_id", "felt_at", "strength");
		this.draft = out.table("outreach_draft", true, "id", "journey_id", "channel", "body", "planned_send_time",
				"rested_since", "sent_at", "reply", "reply_note", "created_at", "version");
		this.conversation = out.table("outreach_conversation", true, "id", "journey_id", "kind", "held_on", "rating",
				"note", "created_at");
		this.apology = out.table("trust_apology", false, "journey_id", "what_i_did", "that_it_was_mine",
				"what_i_will_do", "how_you_will_see", "covered_mistakes", "delivered_on", "updated_at", "version");
		this.commitment = out.table("trust_commitment", true, "id", "journey_id", "promise", "due_on", "state",
				"created_at", "version");
		this.boundary = out.table("trust_boundary", true, "id", "journey_id", "description", "whose",
				"agreed_by_both", "created_at", "version");
		this.activity = out.table("trust_activity", true, "id", "journey_id", "happened_on", "what", "kind", "rating",
				"trigger_came_up", "trigger_id", "note", "created_at");
		this.trialPeriod = out.table("trial_period", false, "journey_id", "started_on", "version");
		this.checkpoint = out.table("trial_checkpoint", true, "id", "journey_id", "day_mark", "changes_taken_seriously",
				"problems_solved_calmly", "closeness_both_enjoy", "past_not_brought_up", "note", "reviewed_on");
	}

}
