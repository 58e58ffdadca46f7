use crate::{mock::*, Event};
use frame_support::{assert_noop, assert_ok, dispatch::GetDispatchInfo};
use sp_runtime::DispatchError;

fn remark_with_event() -> Box<RuntimeCall> {
	Box::new(RuntimeCall::System(frame_system::Call::remark_with_event { remark: b"hi".to_vec() }))
}

#[test]
fn dispatch_as_root_runs_root_only_call() {
	new_test_ext().execute_with(|| {
		let call = Box::new(RuntimeCall::System(frame_system::Call::set_heap_pages { pages: 9 }));

		assert_ok!(CouncilRoot::dispatch_as_root(RuntimeOrigin::signed(COUNCIL), call));

		System::assert_last_event(Event::DispatchedAsRoot { result: Ok(()) }.into());
		let heap_pages = sp_io::storage::get(sp_core::storage::well_known_keys::HEAP_PAGES);
		assert_eq!(heap_pages.map(|bytes| bytes.to_vec()), Some(9u64.to_le_bytes().to_vec()));
	});
}

#[test]
fn dispatch_as_root_reports_inner_failure() {
	new_test_ext().execute_with(|| {
		// `remark_with_event` needs a signed origin, so Root makes it fail.
		assert_ok!(CouncilRoot::dispatch_as_root(
			RuntimeOrigin::signed(COUNCIL),
			remark_with_event()
		));

		System::assert_last_event(
			Event::DispatchedAsRoot { result: Err(DispatchError::BadOrigin) }.into(),
		);
	});
}

#[test]
fn dispatch_as_root_fails_for_other_origins() {
	new_test_ext().execute_with(|| {
		for origin in [RuntimeOrigin::signed(2), RuntimeOrigin::none()] {
			assert_noop!(
				CouncilRoot::dispatch_as_root(origin, remark_with_event()),
				DispatchError::BadOrigin
			);
		}
		assert_eq!(System::events().len(), 0);
	});
}

#[test]
fn dispatch_as_root_weight_includes_inner_call() {
	let inner = RuntimeCall::System(frame_system::Call::set_heap_pages { pages: 9 });
	let outer =
		RuntimeCall::CouncilRoot(crate::Call::dispatch_as_root { call: Box::new(inner.clone()) });

	let inner_weight = inner.get_dispatch_info().call_weight;
	let outer_weight = outer.get_dispatch_info().call_weight;

	assert!(outer_weight.ref_time() > inner_weight.ref_time());
	assert_eq!(outer.get_dispatch_info().class, inner.get_dispatch_info().class);
}
