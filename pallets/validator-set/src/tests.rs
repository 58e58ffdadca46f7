use crate::{mock::*, Error, Event, Validators};
use frame_support::{assert_noop, assert_ok};
use pallet_session::SessionManager;
use sp_runtime::DispatchError;

fn validators() -> Vec<u64> {
	Validators::<Test>::get().into_inner()
}

#[test]
fn genesis_sets_validators() {
	build_and_execute(vec![1, 2, 3], || {
		assert_eq!(validators(), vec![1, 2, 3]);
	});
}

#[test]
#[should_panic(expected = "genesis: duplicate")]
fn genesis_rejects_duplicate() {
	build_and_execute(vec![1, 2, 1], || {});
}

#[test]
#[should_panic(expected = "genesis: too many validators")]
fn genesis_rejects_too_many() {
	build_and_execute(vec![1, 2, 3, 4, 5], || {});
}

#[test]
fn add_validator_works() {
	build_and_execute(vec![1], || {
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::signed(GOVERNANCE), 2));

		assert_eq!(validators(), vec![1, 2]);
		System::assert_last_event(Event::ValidatorAdded { validator: 2 }.into());
	});
}

#[test]
fn add_validator_fails_when_already_validator() {
	build_and_execute(vec![1], || {
		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::signed(GOVERNANCE), 1),
			Error::<Test>::AlreadyValidator
		);
	});
}

#[test]
fn add_validator_fails_when_set_full() {
	build_and_execute(vec![1, 2, 3, 4], || {
		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::signed(GOVERNANCE), 5),
			Error::<Test>::TooManyValidators
		);
	});
}

#[test]
fn add_validator_fails_for_non_governance() {
	build_and_execute(vec![1], || {
		for origin in [RuntimeOrigin::signed(1), RuntimeOrigin::none()] {
			assert_noop!(ValidatorSet::add_validator(origin, 2), DispatchError::BadOrigin);
		}
	});
}

#[test]
fn remove_validator_works() {
	build_and_execute(vec![1, 2, 3], || {
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::signed(GOVERNANCE), 2));

		assert_eq!(validators(), vec![1, 3]);
		System::assert_last_event(Event::ValidatorRemoved { validator: 2 }.into());
	});
}

#[test]
fn remove_validator_fails_when_not_validator() {
	build_and_execute(vec![1, 2], || {
		assert_noop!(
			ValidatorSet::remove_validator(RuntimeOrigin::signed(GOVERNANCE), 9),
			Error::<Test>::NotValidator
		);
	});
}

#[test]
fn remove_validator_fails_below_minimum() {
	build_and_execute(vec![1], || {
		assert_noop!(
			ValidatorSet::remove_validator(RuntimeOrigin::signed(GOVERNANCE), 1),
			Error::<Test>::TooFewValidators
		);
	});
}

#[test]
fn remove_validator_fails_for_non_governance() {
	build_and_execute(vec![1, 2], || {
		for origin in [RuntimeOrigin::signed(1), RuntimeOrigin::none()] {
			assert_noop!(ValidatorSet::remove_validator(origin, 2), DispatchError::BadOrigin);
		}
	});
}

#[test]
fn new_session_returns_current_set() {
	build_and_execute(vec![1, 2], || {
		assert_eq!(<ValidatorSet as SessionManager<u64>>::new_session(1), Some(vec![1, 2]));

		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::signed(GOVERNANCE), 3));
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::signed(GOVERNANCE), 1));

		assert_eq!(<ValidatorSet as SessionManager<u64>>::new_session(2), Some(vec![2, 3]));
	});
}

#[test]
fn new_session_keeps_set_when_empty() {
	build_and_execute(vec![1], || {
		Validators::<Test>::kill();

		assert_eq!(<ValidatorSet as SessionManager<u64>>::new_session(2), None);
	});
}

#[test]
fn genesis_accepts_empty_list() {
	build_and_execute(vec![], || {
		assert!(validators().is_empty());
	});
}
