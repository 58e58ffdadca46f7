use super::*;
use crate::{Assessors, Error, Event};
use frame_support::assert_noop;
use sp_runtime::DispatchError;

#[test]
fn remove_assessor_unregisters_account() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Reputation::remove_assessor(RuntimeOrigin::root(), ASSESSOR));

		System::assert_last_event(Event::AssessorRemoved { assessor: ASSESSOR }.into());
		assert!(!Assessors::<Test>::contains_key(ASSESSOR));
		assert!(Assessors::<Test>::contains_key(OTHER_ASSESSOR));
	});
}

#[test]
fn remove_assessor_fails_when_not_assessor() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Reputation::remove_assessor(RuntimeOrigin::root(), ALICE),
			Error::<Test>::AssessorNotFound
		);
	});
}

#[test]
fn remove_assessor_rejects_non_governance_origin() {
	ExtBuilder::default().build_and_execute(|| {
		for origin in
			[RuntimeOrigin::signed(ALICE), RuntimeOrigin::signed(ASSESSOR), RuntimeOrigin::none()]
		{
			assert_noop!(Reputation::remove_assessor(origin, ASSESSOR), DispatchError::BadOrigin);
		}
	});
}
