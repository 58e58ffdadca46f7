use super::*;
use crate::{AssessorInfo, Assessors, Error, Event};
use frame_support::assert_noop;
use sp_runtime::DispatchError;

#[test]
fn add_assessor_registers_account() {
	ExtBuilder::default().without_assessors().build_and_execute(|| {
		System::set_block_number(4);
		assert_ok!(Reputation::add_assessor(
			RuntimeOrigin::root(),
			ASSESSOR,
			assessor_name("Notified body"),
			Some(metadata("https://example.org/accreditation")),
		));

		System::assert_last_event(Event::AssessorAdded { assessor: ASSESSOR }.into());
		assert_eq!(
			Assessors::<Test>::get(ASSESSOR),
			Some(AssessorInfo {
				name: assessor_name("Notified body"),
				metadata: Some(metadata("https://example.org/accreditation")),
				added_at: 4,
			})
		);
	});
}

#[test]
fn add_assessor_fails_when_already_assessor() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Reputation::add_assessor(RuntimeOrigin::root(), ASSESSOR, assessor_name("Again"), None),
			Error::<Test>::AssessorAlreadyExists
		);
	});
}

#[test]
fn add_assessor_rejects_non_governance_origin() {
	ExtBuilder::default().without_assessors().build_and_execute(|| {
		for origin in
			[RuntimeOrigin::signed(ALICE), RuntimeOrigin::signed(ASSESSOR), RuntimeOrigin::none()]
		{
			assert_noop!(
				Reputation::add_assessor(origin, ASSESSOR, assessor_name("Self-made"), None),
				DispatchError::BadOrigin
			);
		}
	});
}
